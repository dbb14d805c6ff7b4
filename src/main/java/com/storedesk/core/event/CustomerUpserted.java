package com.storedesk.core.event;

/**
 * A customer known to the platform. Carries personal data: never log one.
 *
 * @param loyaltyId the loyalty card or member number, or null for a customer without one
 */
public record CustomerUpserted(
        String source,
        String externalId,
        String loyaltyId,
        String firstName,
        String lastName,
        String email,
        String phone,
        boolean marketingConsent) implements RetailEvent {

    public CustomerUpserted {
        Events.requireIds(source, externalId);
    }

    /** Only the ids: records print every field, and this one holds personal data. */
    @Override
    public String toString() {
        return "CustomerUpserted[source=" + source + ", externalId=" + externalId + "]";
    }
}
