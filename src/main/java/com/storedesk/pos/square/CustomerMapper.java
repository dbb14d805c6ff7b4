package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.CustomerUpserted;

/**
 * A Square Customer. Square keeps loyalty accounts in a separate API, so the loyalty id stays
 * empty here; email marketing consent is Square's {@code preferences.email_unsubscribed}, the
 * only consent it records, and is false when Square does not say.
 */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static CustomerUpserted customer(String source, JsonNode customer) {
        String id = text(customer, "id", "customer");
        JsonNode unsubscribed = customer.path("preferences").path("email_unsubscribed");
        boolean consent = unsubscribed.isBoolean() && !unsubscribed.asBoolean()
                && optionalText(customer, "email_address") != null;
        return new CustomerUpserted(source, id, null, optionalText(customer, "given_name"),
                optionalText(customer, "family_name"), optionalText(customer, "email_address"),
                optionalText(customer, "phone_number"), consent);
    }
}
