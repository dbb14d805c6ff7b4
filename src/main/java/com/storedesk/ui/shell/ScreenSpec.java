package com.storedesk.ui.shell;

import com.storedesk.security.Role;
import com.storedesk.ui.UiContext;
import java.util.Set;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A screen's entry in the navigation: what it is called, its icon, who may open it and how
 * to build it.
 */
public record ScreenSpec(String id, String titleKey, Ikon icon, Set<Role> roles, Function<UiContext, Screen> factory) {

    public ScreenSpec {
        roles = Set.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
