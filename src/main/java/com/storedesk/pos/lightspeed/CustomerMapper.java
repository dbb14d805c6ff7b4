package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.CustomerUpserted;
import java.util.List;

/**
 * A Lightspeed Customer with its Contact: the primary email (else the first), the mobile number (else
 * the first). Email consent is the Contact's {@code noEmail} explicitly "false" for a customer with an
 * email; Lightspeed keeps no loyalty number on the customer.
 */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static CustomerUpserted customer(String source, JsonNode customer) {
        String id = text(customer, "customerID", "customer");
        JsonNode contact = LightspeedJson.relation(customer, "Contact");
        String email = preferred(LightspeedJson.nested(contact, "Emails", "ContactEmail"), "address", "Primary");
        String phone = preferred(LightspeedJson.nested(contact, "Phones", "ContactPhone"), "number", "Mobile");
        boolean consent = email != null && "false".equalsIgnoreCase(optionalText(contact, "noEmail"));
        return new CustomerUpserted(source, id, null, optionalText(customer, "firstName"),
                optionalText(customer, "lastName"), email, phone, consent);
    }

    private static String preferred(List<JsonNode> entries, String field, String useType) {
        String first = null;
        for (JsonNode entry : entries) {
            String value = optionalText(entry, field);
            if (value != null && useType.equals(optionalText(entry, "useType"))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }
}
