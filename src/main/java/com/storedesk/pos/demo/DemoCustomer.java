package com.storedesk.pos.demo;

import com.storedesk.core.event.CustomerUpserted;

/**
 * A loyalty member. Made up from name lists; e-mail addresses use the reserved example domains
 * and phone numbers the 555-01xx range set aside for fiction.
 *
 * @param homeStore index of the store they mostly shop at
 * @param visitWeight how often they come relative to other members (about 1 on average)
 * @param preference per category (by ordinal), how much more than an average shopper they buy of it
 * @param favorite the category they buy most of
 */
record DemoCustomer(int index, String externalId, String loyaltyId, String firstName, String lastName, String email,
        String phone, boolean marketingConsent, int homeStore, double visitWeight, double[] preference,
        DemoCategory favorite) {

    double preference(DemoCategory category) {
        return preference[category.ordinal()];
    }

    CustomerUpserted toEvent(String source) {
        return new CustomerUpserted(source, externalId, loyaltyId, firstName, lastName, email, phone,
                marketingConsent);
    }

    /** Ids only: the rest is personal data, made up or not. */
    @Override
    public String toString() {
        return "DemoCustomer[" + externalId + "]";
    }
}
