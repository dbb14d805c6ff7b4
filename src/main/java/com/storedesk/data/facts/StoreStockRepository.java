package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One product's stock in every store that keeps it: what "is it in stock at another store?" needs. */
public final class StoreStockRepository {

    private static final String BY_SKU = """
            SELECT st.id, st.code, st.name, p.sku, p.name, l.on_hand, l.updated_at
            FROM stock_level l
            JOIN product p ON p.id = l.product_id
            JOIN store st ON st.id = l.store_id
            WHERE UPPER(p.sku) = ? AND p.active = TRUE
            ORDER BY st.code, st.id""";

    private final StoreWindowQuery query;

    public StoreStockRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /** Every store's stock of the product with {@code sku} (any case), in store-code order. */
    public List<SkuStock> bySku(String sku) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BY_SKU)) {
                statement.setString(1, sku.strip().toUpperCase(Locale.ROOT));
                List<SkuStock> rows = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rows.add(new SkuStock(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getBigDecimal(6), StoreWindowQuery.instant(row, 7)));
                    }
                }
                return rows;
            }
        });
    }
}
