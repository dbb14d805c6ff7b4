package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.CustomerUpserted;
import java.util.List;

/** A Clover customer: the first email and phone number, and Clover's own {@code marketingAllowed}. */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static CustomerUpserted customer(String source, JsonNode customer) {
        String id = text(customer, "id", "customer");
        String email = first(CloverJson.elements(customer, "emailAddresses"), "emailAddress");
        return new CustomerUpserted(source, id, null, optionalText(customer, "firstName"),
                optionalText(customer, "lastName"), email,
                first(CloverJson.elements(customer, "phoneNumbers"), "phoneNumber"),
                email != null && CloverJson.flag(customer, "marketingAllowed"));
    }

    private static String first(List<JsonNode> entries, String field) {
        for (JsonNode entry : entries) {
            String value = optionalText(entry, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
