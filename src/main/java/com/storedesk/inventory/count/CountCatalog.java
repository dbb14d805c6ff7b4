package com.storedesk.inventory.count;

import com.storedesk.data.Database;
import com.storedesk.planogram.model.Gtin;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the product a scanned or typed code stands for among the active products of the store's own
 * platform: by GTIN first (whichever of its EAN-8, UPC-A, EAN-13 or GTIN-14 forms the catalog holds),
 * then by SKU in any case. Also reads on hand: the stock level the platform last reported, which
 * StoreDesk keeps as the store's perpetual stock.
 */
final class CountCatalog {

    private static final String COLUMNS = "p.id, p.sku, p.name, p.price_minor, p.unit_cost_minor, p.currency";
    private static final String OF_STORE = " FROM product p JOIN store s ON s.source = p.source"
            + " WHERE s.id = ? AND p.active = TRUE";
    private static final String BY_GTIN = "SELECT " + COLUMNS + OF_STORE + " AND p.gtin IN (?, ?, ?, ?) ORDER BY p.id";
    private static final String BY_SKU = "SELECT " + COLUMNS + OF_STORE + " AND UPPER(p.sku) = ? ORDER BY p.id";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM product p WHERE p.id = ?";
    private static final String ON_HAND = "SELECT on_hand FROM stock_level WHERE store_id = ? AND product_id = ?";

    private final Database database;

    CountCatalog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    Optional<CountedProduct> find(long storeId, String code) {
        return read(connection -> {
            Optional<Gtin> gtin = Gtin.parse(code);
            if (gtin.isPresent()) {
                Optional<CountedProduct> found = first(connection, BY_GTIN, storeId, forms(gtin.get()));
                if (found.isPresent()) {
                    return found;
                }
            }
            return first(connection, BY_SKU, storeId, List.of(code.strip().toUpperCase(Locale.ROOT)));
        });
    }

    CountedProduct byId(long productId) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
                statement.setLong(1, productId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return product(row);
                }
            }
        });
    }

    /** On hand at the store; zero when the store has no stock level for the product. */
    BigDecimal onHand(long storeId, long productId) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ON_HAND)) {
                statement.setLong(1, storeId);
                statement.setLong(2, productId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getBigDecimal(1) : BigDecimal.ZERO;
                }
            }
        });
    }

    /** The four lengths a catalog may hold one GTIN in; a form that would drop a non-zero digit repeats the full one. */
    private static List<String> forms(Gtin gtin) {
        String digits = gtin.digits();
        List<String> forms = new ArrayList<>();
        for (int length : new int[] {14, 13, 12, 8}) {
            String dropped = digits.substring(0, 14 - length);
            forms.add(dropped.chars().allMatch(c -> c == '0') ? digits.substring(14 - length) : digits);
        }
        return forms;
    }

    private static Optional<CountedProduct> first(Connection connection, String sql, long storeId, List<String> values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, storeId);
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 2, values.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(product(row)) : Optional.empty();
            }
        }
    }

    private static CountedProduct product(ResultSet row) throws SQLException {
        long cost = row.getLong(5);
        Long unitCost = row.wasNull() ? null : cost;
        return new CountedProduct(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), unitCost,
                Currency.getInstance(row.getString(6).trim()));
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(SqlWork<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new CountStorageException("Reading the catalog for a count", e);
        }
    }
}
