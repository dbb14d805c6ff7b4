package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The products a store keeps stock of, with price, cost and shelf life. */
public final class ProductFactsRepository {

    private static final String PRODUCTS = """
            SELECT p.id, p.sku, p.name, p.category, p.price_minor, p.unit_cost_minor, p.currency, p.perishable,
                   p.shelf_life_days
            FROM stock_level l JOIN product p ON p.id = l.product_id
            WHERE l.store_id = ?
            ORDER BY p.sku""";

    private final StoreWindowQuery query;

    public ProductFactsRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    public List<ProductFacts> stocked(long storeId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PRODUCTS)) {
                statement.setLong(1, storeId);
                List<ProductFacts> products = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        int shelfLife = row.getInt(9);
                        boolean noShelfLife = row.wasNull();
                        products.add(new ProductFacts(row.getLong(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getLong(5), StoreWindowQuery.optionalLong(row, 6),
                                Currency.getInstance(row.getString(7).trim()), row.getBoolean(8),
                                noShelfLife ? null : shelfLife));
                    }
                }
                return products;
            }
        });
    }
}
