package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.CustomerUpserted;

/**
 * A Shopify Customer. Shopify keeps no loyalty number on a customer, so the loyalty id stays empty;
 * marketing consent is the default email address's marketing state being SUBSCRIBED.
 */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static CustomerUpserted customer(String source, JsonNode customer) {
        String id = text(customer, "id", "customer");
        JsonNode email = customer.path("defaultEmailAddress");
        String address = email.isObject() ? optionalText(email, "emailAddress") : null;
        boolean consent = address != null && "SUBSCRIBED".equals(optionalText(email, "marketingState"));
        JsonNode phone = customer.path("defaultPhoneNumber");
        return new CustomerUpserted(source, id, null, optionalText(customer, "firstName"),
                optionalText(customer, "lastName"), address, phone.isObject() ? optionalText(phone, "phoneNumber") : null,
                consent);
    }
}
