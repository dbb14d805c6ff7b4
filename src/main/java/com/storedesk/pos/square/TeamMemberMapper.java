package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.array;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.EmployeeUpserted;
import java.util.Locale;

/** A Square TeamMember as an employee of the location. */
final class TeamMemberMapper {

    /** employee.job_role is VARCHAR(32). */
    private static final int ROLE_LENGTH = 32;

    private TeamMemberMapper() {
    }

    static EmployeeUpserted employee(String source, String locationId, JsonNode member) {
        String id = text(member, "id", "team member");
        String name = String.join(" ", nonNull(optionalText(member, "given_name")),
                nonNull(optionalText(member, "family_name"))).trim();
        return new EmployeeUpserted(source, id, locationId, name.isEmpty() ? id : name, role(member),
                "ACTIVE".equals(optionalText(member, "status")));
    }

    /** The owner, else the first job's title as an upper-case code ("Assistant Manager" becomes ASSISTANT_MANAGER). */
    private static String role(JsonNode member) {
        if (member.path("is_owner").asBoolean(false)) {
            return "OWNER";
        }
        for (JsonNode job : array(member.path("wage_setting"), "job_assignments")) {
            String title = optionalText(job, "job_title");
            if (title != null) {
                String code = title.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                        .replaceAll("^_|_$", "");
                if (!code.isEmpty()) {
                    return code.length() > ROLE_LENGTH ? code.substring(0, ROLE_LENGTH) : code;
                }
            }
        }
        return "STAFF";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
