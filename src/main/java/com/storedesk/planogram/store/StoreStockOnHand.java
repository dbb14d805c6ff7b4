package com.storedesk.planogram.store;

import com.storedesk.data.facts.SkuStock;
import com.storedesk.data.facts.StoreStockRepository;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The perpetual stock the data layer keeps from the POS's counts and movements. */
public final class StoreStockOnHand implements StockOnHand {

    private final StoreStockRepository stock;

    public StoreStockOnHand(StoreStockRepository stock) {
        this.stock = Objects.requireNonNull(stock, "stock");
    }

    @Override
    public Optional<BigDecimal> onHand(long storeId, String sku) {
        return stock.bySku(sku).stream().filter(row -> row.storeId() == storeId).map(SkuStock::onHand).findFirst();
    }
}
