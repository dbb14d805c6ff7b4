package com.storedesk.app;

import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;

/** A role in the user's language, for the window and the command line alike. */
public final class RoleText {

    private RoleText() {
    }

    public static String label(Role role, Messages messages) {
        return messages.get(switch (role) {
            case ASSOCIATE -> "users.role.associate";
            case STORE_MANAGER -> "users.role.storeManager";
            case DISTRICT_MANAGER -> "users.role.districtManager";
            case ADMINISTRATOR -> "users.role.administrator";
        });
    }
}
