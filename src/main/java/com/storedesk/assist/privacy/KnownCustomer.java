package com.storedesk.assist.privacy;

import java.util.Optional;

/**
 * A customer whose personal data the caller knows is in play (the one at the counter, the ones a
 * question is about): every value here is masked wherever it appears, whatever the patterns say.
 * Any field may be null. Holds personal data: {@link #toString} shows none of it.
 */
public record KnownCustomer(String firstName, String lastName, String email, String phone, String address,
        String loyaltyId) {

    public Optional<String> fullName() {
        if (blank(firstName) || blank(lastName)) {
            return Optional.ofNullable(blank(firstName) ? (blank(lastName) ? null : lastName) : firstName);
        }
        return Optional.of(firstName.trim() + " " + lastName.trim());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "KnownCustomer[personal data hidden]";
    }
}
