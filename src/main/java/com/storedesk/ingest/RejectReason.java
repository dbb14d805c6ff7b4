package com.storedesk.ingest;

/**
 * Why ingest refused an event. Stored by name in {@code ingest_error.reason}; each has a message
 * key so screens can say it in the user's language.
 */
public enum RejectReason {
    /** The store the event names is not known (yet): its StoreUpserted has not arrived. */
    UNKNOWN_STORE("ingest.reject.unknownStore"),
    UNKNOWN_REGISTER("ingest.reject.unknownRegister"),
    UNKNOWN_EMPLOYEE("ingest.reject.unknownEmployee"),
    UNKNOWN_CUSTOMER("ingest.reject.unknownCustomer"),
    UNKNOWN_PRODUCT("ingest.reject.unknownProduct"),
    /** A refund of a sale that is not known, or of a line that sale does not have. */
    UNKNOWN_SALE("ingest.reject.unknownSale"),
    /** A quantity or count that must be positive (a sale or refund line) or not negative (visitors). */
    NEGATIVE_QUANTITY("ingest.reject.negativeQuantity"),
    /** Malformed money: a negative price, a discount above the gross, amounts that do not add up, a refund above the sale. */
    INVALID_AMOUNT("ingest.reject.invalidAmount"),
    /** Money in a currency other than the store's (or the refunded sale's). */
    CURRENCY_MISMATCH("ingest.reject.currencyMismatch"),
    MISSING_FIELD("ingest.reject.missingField"),
    /** Text too long for its column, a repeated line number, a time that ends before it starts... */
    INVALID_VALUE("ingest.reject.invalidValue"),
    /** The checks passed but the database refused the row (e.g. a SKU another product already has). */
    DATABASE_REJECTED("ingest.reject.databaseRejected"),
    /** A fault in StoreDesk itself; the log has the details. */
    UNEXPECTED_ERROR("ingest.reject.unexpectedError");

    private final String messageKey;

    RejectReason(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of a short, translated explanation for people. */
    public String messageKey() {
        return messageKey;
    }
}
