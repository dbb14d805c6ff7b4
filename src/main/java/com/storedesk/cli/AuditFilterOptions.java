package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The audit commands' filters. Dates are UTC days, so a script gets the same rows on any computer;
 * {@code --to} includes its whole day. An ISO instant ({@code 2026-11-23T15:30:00Z}) is taken as is.
 */
final class AuditFilterOptions {

    @Option(names = "--user", paramLabel = "TEXT", description = "Entries whose user contains TEXT (any case).")
    private String user;

    @Option(names = "--store", paramLabel = "ID", description = "Entries about one store: its code (S01) or id.")
    private String store;

    @Option(names = "--action", paramLabel = "ACTION", split = ",",
            description = "Entries of these actions, e.g. SIGN_IN,SETTINGS_CHANGED. Valid: ${COMPLETION-CANDIDATES}.")
    private List<AuditAction> actions = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this UTC day (or ISO instant) on.")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to and including this UTC day (or before this ISO instant).")
    private String to;

    AuditFilter filter(AppContext context, CommandSpec spec) {
        Long storeId = store == null ? null : StoreLookup.find(context, spec, store).id();
        return new AuditFilter(user, storeId, Set.copyOf(actions), instant(spec, "--from", from, false),
                instant(spec, "--to", to, true));
    }

    private static Instant instant(CommandSpec spec, String option, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            if (value.contains("T")) {
                return Instant.parse(value);
            }
            LocalDate day = LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be YYYY-MM-DD or an ISO instant, not "
                    + value);
        }
    }
}
