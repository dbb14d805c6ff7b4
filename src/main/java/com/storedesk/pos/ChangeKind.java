package com.storedesk.pos;

/** The kinds of {@link ActionCommand.Change}, for saying which of them a platform can apply. */
public enum ChangeKind {
    DISCOUNT,
    TEMPORARY_PRICE,
    PERMANENT_PRICE,
    STOCK_ADJUSTMENT,
    PURCHASE_ORDER;

    public static ChangeKind of(ActionCommand.Change change) {
        if (change instanceof ActionCommand.Discount) {
            return DISCOUNT;
        }
        if (change instanceof ActionCommand.TemporaryPrice) {
            return TEMPORARY_PRICE;
        }
        if (change instanceof ActionCommand.PermanentPrice) {
            return PERMANENT_PRICE;
        }
        if (change instanceof ActionCommand.StockAdjustment) {
            return STOCK_ADJUSTMENT;
        }
        return PURCHASE_ORDER;
    }
}
