package com.storedesk.data.ingest;

import com.storedesk.core.event.ProductUpserted;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The catalog. Products belong to the chain, not to a store, so they mark no store as changed. */
public final class ProductWrites {

    private static final SourcedRows PRODUCTS = new SourcedRows("product", true, List.of(
            Column.text("sku"), Column.text("gtin"), Column.text("name"), Column.text("category"),
            Column.text("unit_of_measure"), Column.longs("unit_cost_minor"), Column.longs("price_minor"),
            Column.text("currency"), Column.bool("perishable"), Column.ints("shelf_life_days"),
            Column.bool("active")));

    private final IngestTransaction transaction;

    ProductWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** @param products distinct by (source, external id) */
    public List<RowOutcome> upsert(List<ProductUpserted> products) throws SQLException {
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (ProductUpserted product : products) {
            keys.add(new SourceKey(product.source(), product.externalId()));
            values.add(new Object[] {product.sku(), product.gtin(), product.name(), product.category(),
                    product.unitOfMeasure(), product.unitCostMinor(), product.priceMinor(),
                    product.currency().getCurrencyCode(), product.perishable(), product.shelfLifeDays(),
                    product.active()});
        }
        SourcedRows.Result result = PRODUCTS.upsert(transaction, keys, values);
        for (int i = 0; i < keys.size(); i++) {
            transaction.references().putProduct(keys.get(i), result.ids()[i]);
        }
        return Arrays.asList(result.outcomes());
    }
}
