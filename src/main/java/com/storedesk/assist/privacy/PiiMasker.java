package com.storedesk.assist.privacy;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks personal data before text leaves the machine: the known customers' names, e-mails,
 * phones, addresses and loyalty ids by value, and any e-mail, phone, card number or loyalty id by
 * pattern. Each call starts its own {@link Masking}, which later unmasks that call's answer.
 */
public final class PiiMasker {

    private final Pattern loyaltyIdPattern;

    /** @param loyaltyIdPattern the store's loyalty id format as a regular expression ({@code HP\d{8}}) */
    public PiiMasker(String loyaltyIdPattern) {
        this.loyaltyIdPattern = Pattern.compile(Objects.requireNonNull(loyaltyIdPattern, "loyaltyIdPattern"));
    }

    public Masking start(MaskingContext context) {
        Set<String> phones = new HashSet<>();
        for (KnownCustomer customer : context.customers()) {
            if (!KnownCustomer.blank(customer.phone())) {
                String key = PatternFinder.phoneKey(customer.phone());
                if (key.length() >= 7) {
                    phones.add(key);
                }
            }
        }
        return new Masking(new KnownValueFinder(context), new PatternFinder(loyaltyIdPattern, phones));
    }
}
