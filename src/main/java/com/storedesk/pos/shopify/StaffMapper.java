package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.EmployeeUpserted;

/**
 * A Shopify StaffMember as an employee. Staff belong to the shop, not to one location, so none has
 * a home store; Shopify names no job role beyond the shop's owner.
 */
final class StaffMapper {

    private StaffMapper() {
    }

    static EmployeeUpserted employee(String source, JsonNode member) {
        String id = text(member, "id", "staff member");
        String name = optionalText(member, "name");
        if (name == null) {
            name = (nonNull(optionalText(member, "firstName")) + " " + nonNull(optionalText(member, "lastName"))).trim();
        }
        return new EmployeeUpserted(source, id, null, name.isEmpty() ? id : name,
                member.path("isShopOwner").asBoolean(false) ? "OWNER" : "STAFF", member.path("active").asBoolean(true));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
