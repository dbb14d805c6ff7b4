package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.EmployeeUpserted;
import java.util.Locale;

/**
 * A Lightspeed Employee. The home store is the shop the employee is limited to (none: floats between
 * shops); the role is the EmployeeRole's name as an upper-case code; archived or locked-out staff are
 * inactive.
 */
final class EmployeeMapper {

    /** employee.job_role is VARCHAR(32). */
    private static final int ROLE_LENGTH = 32;

    private EmployeeMapper() {
    }

    static EmployeeUpserted employee(String source, JsonNode employee) {
        String id = text(employee, "employeeID", "employee");
        String name = (nonNull(optionalText(employee, "firstName")) + " " + nonNull(optionalText(employee, "lastName")))
                .trim();
        boolean active = !LightspeedJson.flag(employee, "archived") && !LightspeedJson.flag(employee, "lockOut");
        return new EmployeeUpserted(source, id, LightspeedJson.reference(employee, "limitToShopID"),
                name.isEmpty() ? id : name, role(employee), active);
    }

    private static String role(JsonNode employee) {
        String name = optionalText(LightspeedJson.relation(employee, "EmployeeRole"), "name");
        if (name == null) {
            return "STAFF";
        }
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (code.isEmpty()) {
            return "STAFF";
        }
        return code.length() > ROLE_LENGTH ? code.substring(0, ROLE_LENGTH) : code;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
