package com.storedesk.ui.shell;

import com.storedesk.security.Role;
import com.storedesk.ui.UiContext;
import java.util.Set;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A screen's entry in the navigation: what it is called, its icon, who may open it, how to build
 * it and, for a screen that counts something waiting for the user, how to make its {@link Badge}
 * (null for none).
 */
public record ScreenSpec(String id, String titleKey, Ikon icon, Set<Role> roles, Function<UiContext, Screen> factory,
        Function<UiContext, Badge> badge) {

    public ScreenSpec {
        roles = Set.copyOf(roles);
    }

    public ScreenSpec(String id, String titleKey, Ikon icon, Set<Role> roles, Function<UiContext, Screen> factory) {
        this(id, titleKey, icon, roles, factory, null);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
