package com.storedesk.actions;

/**
 * The kinds of item in the approval inbox; each has one {@link ActionChange} record. All but
 * {@link #ASSISTANCE} are changes for the store's POS; a help request is a person asking for a
 * manager, answered in the inbox and never sent anywhere.
 */
public enum ActionType {
    SALE_DISCOUNT,
    MARKDOWN,
    PRICE_CHANGE,
    PURCHASE_ORDER,
    STOCK_ADJUSTMENT,
    /** An associate asks for a manager from the copilot: "approved" means handled, nothing goes to the POS. */
    ASSISTANCE;

    /** Whether an approved item of this type goes to the outbox and the POS. */
    public boolean reachesPos() {
        return this != ASSISTANCE;
    }

    /** The bundle key of the type's name. */
    public String nameKey() {
        return switch (this) {
            case SALE_DISCOUNT -> "action.type.saleDiscount";
            case MARKDOWN -> "action.type.markdown";
            case PRICE_CHANGE -> "action.type.priceChange";
            case PURCHASE_ORDER -> "action.type.purchaseOrder";
            case STOCK_ADJUSTMENT -> "action.type.stockAdjustment";
            case ASSISTANCE -> "action.type.assistance";
        };
    }
}
