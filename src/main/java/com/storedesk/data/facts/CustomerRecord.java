package com.storedesk.data.facts;

/**
 * A customer as the POS knows them. Personal data: shown to the associate serving them, never
 * logged; its {@link #toString} leaves the person out.
 */
public record CustomerRecord(long id, String loyaltyId, String firstName, String lastName, String email, String phone,
        boolean marketingConsent) {

    /** "First Last", or whichever is known; empty when neither is. */
    public String displayName() {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return (first + " " + last).strip();
    }

    @Override
    public String toString() {
        return "CustomerRecord[id=" + id + "]";
    }
}
