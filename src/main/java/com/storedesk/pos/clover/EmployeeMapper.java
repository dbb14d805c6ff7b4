package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.EmployeeUpserted;

/** A Clover employee of the merchant: the owner, else Clover's role (ADMIN, MANAGER, EMPLOYEE). */
final class EmployeeMapper {

    private EmployeeMapper() {
    }

    static EmployeeUpserted employee(String source, String merchantId, JsonNode employee) {
        String id = text(employee, "id", "employee");
        String name = optionalText(employee, "name");
        if (name == null) {
            name = optionalText(employee, "nickname");
        }
        String role = CloverJson.flag(employee, "isOwner") ? "OWNER" : optionalText(employee, "role");
        return new EmployeeUpserted(source, id, merchantId, name != null ? name : id, role != null ? role : "EMPLOYEE",
                employee.path("deletedTime").isMissingNode() || employee.path("deletedTime").isNull());
    }
}
