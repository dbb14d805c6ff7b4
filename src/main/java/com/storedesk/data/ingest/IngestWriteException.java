package com.storedesk.data.ingest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ingest transaction failed and was rolled back. Database messages can quote row values
 * (customers' e-mail addresses included), so {@link #safeDetail()} keeps only the SQL state and the
 * name of the constraint involved; the message itself must not reach logs or the error table.
 */
public final class IngestWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** StoreDesk's constraint names: pk_, uq_, fk_, ck_ followed by table and column words. */
    private static final Pattern CONSTRAINT = Pattern.compile("\\b(?:pk|uq|fk|ck)_[a-z0-9_]+\\b");

    private final String sqlState;
    private final boolean unavailable;
    private final String constraint;

    private IngestWriteException(SQLException cause, boolean unavailable) {
        super(cause.getClass().getSimpleName() + " in an ingest transaction", cause);
        this.sqlState = cause.getSQLState();
        this.unavailable = unavailable || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || sqlState != null && sqlState.startsWith("08");
        this.constraint = constraintIn(cause);
    }

    /** The statement or transaction failed. */
    static IngestWriteException failed(SQLException cause) {
        return new IngestWriteException(cause, false);
    }

    /** No connection could be had at all. */
    static IngestWriteException unavailable(SQLException cause) {
        return new IngestWriteException(cause, true);
    }

    /**
     * The database could not be reached, or dropped the connection: this says nothing about the
     * data, so retrying event by event would only refuse good events.
     */
    public boolean databaseUnavailable() {
        return unavailable;
    }

    /** e.g. "SQLState 23505, constraint uq_product_source_sku"; never row values. */
    public String safeDetail() {
        StringBuilder detail = new StringBuilder(sqlState == null ? getCause().getClass().getSimpleName()
                : "SQLState " + sqlState);
        constraint().ifPresent(name -> detail.append(", constraint ").append(name));
        return detail.toString();
    }

    public Optional<String> constraint() {
        return Optional.ofNullable(constraint);
    }

    private static String constraintIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher matcher = CONSTRAINT.matcher(message.toLowerCase(Locale.ROOT));
                if (matcher.find()) {
                    // H2 names the index behind a constraint after it: uq_store_source_code_index_4.
                    return matcher.group().replaceFirst("_index_[0-9a-f]+$", "");
                }
            }
        }
        return null;
    }
}
