package com.storedesk.assist.copilot;

import com.storedesk.data.facts.SkuStock;
import java.util.List;
import java.util.Objects;

/** One product's stock by store, the asking store first. */
public record StockTable(ProductMatch product, List<SkuStock> rows) {

    public StockTable {
        Objects.requireNonNull(product, "product");
        rows = List.copyOf(rows);
    }
}
