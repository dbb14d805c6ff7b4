package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The active products of every source, whatever the store: what the chain sells. */
public final class CatalogRepository {

    private static final String PRODUCTS = """
            SELECT source, sku, gtin, name, category, unit_of_measure, price_minor, currency, perishable,
                   shelf_life_days
            FROM product
            WHERE active = TRUE
            ORDER BY source, sku""";

    private final StoreWindowQuery query;

    public CatalogRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    public List<CatalogProduct> activeProducts() {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PRODUCTS);
                    ResultSet row = statement.executeQuery()) {
                List<CatalogProduct> products = new ArrayList<>();
                while (row.next()) {
                    int shelfLife = row.getInt(10);
                    boolean noShelfLife = row.wasNull();
                    products.add(new CatalogProduct(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getLong(7),
                            Currency.getInstance(row.getString(8).trim()), row.getBoolean(9),
                            noShelfLife ? null : shelfLife));
                }
                return products;
            }
        });
    }
}
