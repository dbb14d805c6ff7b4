package com.storedesk.assist.privacy;

import java.util.List;

/**
 * What a call's masking knows beyond its patterns: the customers whose data may be in the text.
 * Holds personal data: {@link #toString} shows only how many.
 */
public record MaskingContext(List<KnownCustomer> customers) {

    public MaskingContext {
        customers = List.copyOf(customers);
    }

    /** No known customers: the patterns (emails, phones, cards, loyalty ids) still mask. */
    public static MaskingContext none() {
        return new MaskingContext(List.of());
    }

    public static MaskingContext of(KnownCustomer... customers) {
        return new MaskingContext(List.of(customers));
    }

    @Override
    public String toString() {
        return "MaskingContext[" + customers.size() + " customers]";
    }
}
