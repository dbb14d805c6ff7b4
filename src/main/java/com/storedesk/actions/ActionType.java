package com.storedesk.actions;

/** The kinds of change StoreDesk may propose; each has one {@link ActionChange} record. */
public enum ActionType {
    SALE_DISCOUNT,
    MARKDOWN,
    PRICE_CHANGE,
    PURCHASE_ORDER,
    STOCK_ADJUSTMENT;

    /** The bundle key of the type's name. */
    public String nameKey() {
        return switch (this) {
            case SALE_DISCOUNT -> "action.type.saleDiscount";
            case MARKDOWN -> "action.type.markdown";
            case PRICE_CHANGE -> "action.type.priceChange";
            case PURCHASE_ORDER -> "action.type.purchaseOrder";
            case STOCK_ADJUSTMENT -> "action.type.stockAdjustment";
        };
    }
}
