package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Baskets for {@code insight.basket}: which products completed sales held together, the sales of one
 * loyalty member, the catalog and every store's stock. Voided sales and returned lines (negative
 * quantities) are left out; a refund does not take a product out of the basket it was bought in.
 */
public final class BasketFactsRepository {

    private static final String BASKET_COLUMNS = """
            SELECT s.id, s.store_id, s.customer_id, s.occurred_at, s.business_date, l.product_id
            FROM sale s JOIN sale_line l ON l.sale_id = s.id
            WHERE s.status = 'COMPLETED' AND l.quantity > 0""";

    private static final String ALL_BASKETS = BASKET_COLUMNS + " ORDER BY s.occurred_at, s.id, l.line_no";
    private static final String MEMBER_BASKETS = BASKET_COLUMNS
            + " AND s.customer_id = ? ORDER BY s.occurred_at, s.id, l.line_no";
    private static final String ONE_SALE = BASKET_COLUMNS + " AND s.id = ? ORDER BY l.line_no";

    private static final String MEMBER_SPANS = """
            SELECT customer_id, COUNT(*), MAX(occurred_at)
            FROM sale
            WHERE status = 'COMPLETED' AND customer_id IS NOT NULL
            GROUP BY customer_id""";

    private static final String CATALOG = "SELECT id, sku, name, category FROM product ORDER BY id";

    private static final String STOCK = """
            SELECT l.store_id, s.code, l.product_id, l.on_hand
            FROM stock_level l JOIN store s ON s.id = l.store_id
            WHERE l.product_id IN (%s)
            ORDER BY s.code, l.product_id""";

    private static final String MEMBER = "SELECT id FROM customer WHERE loyalty_id = ? ORDER BY id";

    private static final int FETCH_SIZE = 2_000;

    private final StoreWindowQuery query;

    public BasketFactsRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /**
     * Hands every completed sale's basket to {@code sink}, oldest first (ties by sale id), one at a
     * time: nothing but the basket at hand is held, whatever the length of the history.
     */
    public void forEachBasket(Consumer<SaleBasket> sink) {
        query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ALL_BASKETS)) {
                statement.setFetchSize(FETCH_SIZE);
                readBaskets(statement, sink);
            }
            return null;
        });
    }

    /** The member's completed sales, oldest first. */
    public List<SaleBasket> memberBaskets(long customerId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MEMBER_BASKETS)) {
                statement.setLong(1, customerId);
                List<SaleBasket> baskets = new ArrayList<>();
                readBaskets(statement, baskets::add);
                return baskets;
            }
        });
    }

    /** The completed sale's basket; empty when there is no such sale, it was voided or has no lines. */
    public Optional<SaleBasket> sale(long saleId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ONE_SALE)) {
                statement.setLong(1, saleId);
                List<SaleBasket> baskets = new ArrayList<>();
                readBaskets(statement, baskets::add);
                return baskets.stream().findFirst();
            }
        });
    }

    /** Per loyalty member with a completed sale: how many, and the latest one's time. */
    public List<MemberSpan> memberSpans() {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MEMBER_SPANS);
                    ResultSet row = statement.executeQuery()) {
                List<MemberSpan> spans = new ArrayList<>();
                while (row.next()) {
                    spans.add(new MemberSpan(row.getLong(1), row.getInt(2), StoreWindowQuery.instant(row, 3)));
                }
                return spans;
            }
        });
    }

    /** The member rows carrying this loyalty id (platforms may repeat one across sources). */
    public List<Long> membersWithLoyaltyId(String loyaltyId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MEMBER)) {
                statement.setString(1, loyaltyId);
                List<Long> ids = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Every product, by id. */
    public List<CatalogItem> catalog() {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CATALOG);
                    ResultSet row = statement.executeQuery()) {
                List<CatalogItem> items = new ArrayList<>();
                while (row.next()) {
                    items.add(new CatalogItem(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
                }
                return items;
            }
        });
    }

    /** Every store's latest count of these products (those it keeps), by store code. */
    public List<StoreStock> stock(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(productIds);
        String sql = STOCK.formatted(String.join(", ", Collections.nCopies(ids.size(), "?")));
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                List<StoreStock> levels = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        levels.add(new StoreStock(row.getLong(1), row.getString(2), row.getLong(3),
                                row.getBigDecimal(4)));
                    }
                }
                return levels;
            }
        });
    }

    /** Rows come ordered by sale: consecutive rows of one sale make one basket. */
    private static void readBaskets(PreparedStatement statement, Consumer<SaleBasket> sink) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            Head head = null;
            Set<Long> products = new LinkedHashSet<>();
            while (row.next()) {
                long saleId = row.getLong(1);
                if (head == null || head.saleId != saleId) {
                    if (head != null) {
                        sink.accept(head.basket(products));
                        products.clear();
                    }
                    head = new Head(saleId, row.getLong(2), StoreWindowQuery.optionalLong(row, 3),
                            StoreWindowQuery.instant(row, 4), StoreWindowQuery.date(row, 5));
                }
                products.add(row.getLong(6));
            }
            if (head != null) {
                sink.accept(head.basket(products));
            }
        }
    }

    private record Head(long saleId, long storeId, Long customerId, Instant occurredAt, LocalDate date) {

        SaleBasket basket(Set<Long> products) {
            return new SaleBasket(saleId, storeId, customerId, occurredAt, date, new ArrayList<>(products));
        }
    }
}
