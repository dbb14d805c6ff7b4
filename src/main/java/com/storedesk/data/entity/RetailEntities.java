package com.storedesk.data.entity;

import java.util.List;

/** Every mapped class, for bootstrapping Hibernate without classpath scanning. */
public final class RetailEntities {

    public static final List<Class<?>> ALL = List.of(
            Store.class, Register.class, Employee.class, Product.class, Customer.class,
            Sale.class, SaleLine.class, SaleTender.class, SaleDiscount.class,
            Refund.class, RefundLine.class,
            StockLevel.class, StockMovement.class, TrafficCount.class, Shift.class,
            SalesByStoreHour.class, SalesBySkuDay.class, SyncState.class, IngestError.class);

    private RetailEntities() {
    }
}
