package com.storedesk.assist.copilot;

import com.storedesk.data.facts.SkuStock;
import com.storedesk.data.facts.StoreStockRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One product's stock in every store, the asking store first. Blocking: reads the database. */
public final class StockByStore {

    private final StoreStockRepository stock;

    public StockByStore(StoreStockRepository stock) {
        this.stock = Objects.requireNonNull(stock, "stock");
    }

    public List<SkuStock> of(String sku, Optional<Long> askingStore) {
        List<SkuStock> rows = new ArrayList<>(stock.bySku(sku));
        askingStore.ifPresent(id -> rows.sort((a, b) -> Boolean.compare(b.storeId() == id, a.storeId() == id)));
        return List.copyOf(rows);
    }
}
