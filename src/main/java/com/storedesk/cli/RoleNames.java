package com.storedesk.cli;

import com.storedesk.security.Role;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Roles as people type them: {@code store-manager} or {@code STORE_MANAGER}. */
final class RoleNames implements ITypeConverter<Role> {

    static final String CHOICES = "associate, store-manager, district-manager, administrator";

    @Override
    public Role convert(String value) {
        try {
            return Role.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected one of " + CHOICES);
        }
    }
}
