package com.storedesk.ui.users;

import com.storedesk.app.RoleText;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.security.SecretKind;
import com.storedesk.security.SecretRules;
import com.storedesk.security.UserAccount;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts an account into the users screen's words: its row, and the rule its password or PIN follows. */
final class UserTexts {

    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;

    UserTexts(Messages messages, Formats formats, ZoneId zone) {
        this.messages = messages;
        this.formats = formats;
        this.zone = zone;
    }

    UsersModel.Row row(UserAccount account, Map<Long, StoreSummary> stores, Instant lastSignIn, Instant now) {
        boolean locked = account.lockedAt(now);
        return new UsersModel.Row(account, role(account.role()), stores(account, stores), status(account, locked),
                lastSignIn == null ? messages.get("users.lastSignIn.never") : formats.dateTime(lastSignIn, zone),
                lastSignIn, locked);
    }

    String role(Role role) {
        return RoleText.label(role, messages);
    }

    /** "All stores", or the store codes in code order; an administrator reaches every store whatever is stored. */
    private String stores(UserAccount account, Map<Long, StoreSummary> stores) {
        if (account.allStores() || account.role() == Role.ADMINISTRATOR) {
            return messages.get("users.stores.all");
        }
        return account.storeIds().stream()
                .map(id -> stores.containsKey(id) ? stores.get(id).code() : "#" + id)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Disabled wins over locked: a disabled account cannot sign in whatever its lock says. */
    private String status(UserAccount account, boolean locked) {
        if (account.disabled()) {
            return messages.get("users.status.disabled");
        }
        if (locked) {
            return messages.get("users.status.locked", formats.dateTime(account.lockedUntil().orElseThrow(), zone));
        }
        return messages.get("users.status.active");
    }

    /** Associates sign in on the kiosk with a PIN; everyone else with a password. */
    static boolean usesPin(Role role) {
        return SecretKind.forRole(role) == SecretKind.PIN;
    }

    /** What a new password or PIN for {@code role} must be, from {@link SecretRules}' own limits. */
    String secretRule(Role role) {
        return usesPin(role)
                ? messages.get("users.rule.pin", SecretRules.MIN_PIN, SecretRules.MAX_PIN)
                : messages.get("users.rule.password", SecretRules.MIN_PASSWORD);
    }

    /** The caption of the field a new password or PIN for {@code role} is typed in. */
    String secretCaption(Role role, boolean initial) {
        boolean pin = usesPin(role);
        if (initial) {
            return messages.get(pin ? "users.new.pin" : "users.new.password");
        }
        return messages.get(pin ? "users.reset.pin" : "users.reset.password");
    }
}
