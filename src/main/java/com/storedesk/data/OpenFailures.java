package com.storedesk.data;

import com.storedesk.data.DatabaseUnavailableException.Reason;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns what went wrong while opening the database into a {@link DatabaseUnavailableException}. */
final class OpenFailures {

    /** H2's DATABASE_ALREADY_OPEN_1: "Database may be already in use". */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private OpenFailures() {
    }

    /** The first connection failed. */
    static DatabaseUnavailableException connecting(DatabaseLocation location, Throwable failure) {
        return unavailable(isLocked(failure) ? Reason.LOCKED : Reason.UNREACHABLE, location, failure);
    }

    /** Flyway or Hibernate failed; that may still be the connection's fault. */
    static DatabaseUnavailableException migrating(DatabaseLocation location, Throwable failure) {
        if (isLocked(failure)) {
            return unavailable(Reason.LOCKED, location, failure);
        }
        Reason reason = isConnectionFailure(failure) ? Reason.UNREACHABLE : Reason.MIGRATION_FAILED;
        return unavailable(reason, location, failure);
    }

    static DatabaseUnavailableException unavailable(Reason reason, DatabaseLocation location, Throwable failure) {
        return new DatabaseUnavailableException(reason, location.describe(), scrubbed(failure, location));
    }

    static boolean isLocked(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    && String.valueOf(H2_DATABASE_ALREADY_OPEN).equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // 08: connection exception, 28: invalid authorization, 3D: no such database (SQL standard classes).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("08", "28", "3D").contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drivers do not echo passwords, but some libraries echo the URL; when any message in the chain
     * mentions a secret, the chain is replaced by a redacted copy (same messages and stack traces).
     */
    static Throwable scrubbed(Throwable failure, DatabaseLocation location) {
        Set<String> secrets = secretsOf(location);
        if (failure == null || secrets.isEmpty() || chain(failure).stream().noneMatch(t -> mentions(t, secrets))) {
            return failure;
        }
        return redactedCopy(failure, secrets);
    }

    private static Set<String> secretsOf(DatabaseLocation location) {
        Set<String> secrets = new LinkedHashSet<>();
        if (location instanceof DatabaseLocation.Jdbc jdbc) {
            secrets.addAll(JdbcUrls.secretValues(jdbc.url()));
            if (jdbc.password() != null && !jdbc.password().isEmpty()) {
                secrets.add(jdbc.password());
            }
        }
        return secrets;
    }

    private static boolean mentions(Throwable t, Collection<String> secrets) {
        String message = t.getMessage();
        return message != null && secrets.stream().anyMatch(message::contains);
    }

    private static Throwable redactedCopy(Throwable original, Collection<String> secrets) {
        Throwable cause = original.getCause() == null ? null : redactedCopy(original.getCause(), secrets);
        String message = original.getMessage() == null ? "" : original.getMessage();
        for (String secret : secrets) {
            message = message.replace(secret, "***");
        }
        String state = original instanceof SQLException sql ? " [SQLState " + sql.getSQLState() + "]" : "";
        RedactedException copy = new RedactedException(original.getClass().getName() + state + ": "
                + JdbcUrls.redact(message), cause);
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Stands in for an exception whose message had to be redacted. */
    static final class RedactedException extends Exception {

        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
