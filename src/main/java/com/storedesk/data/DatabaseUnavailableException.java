package com.storedesk.data;

import java.util.Objects;

/**
 * Opening the database failed for a reason the user can act on. The UI shows the translated
 * {@link #messageKey()} with {@link #detail()}; the message and causes never contain a password.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another StoreDesk (another process) has the database file open. */
        LOCKED("error.database.locked", "The database is in use by another program"),
        /** Cannot connect: bad URL, server down, bad credentials, no permission to create the file or folder. */
        UNREACHABLE("error.database.unreachable", "Cannot connect to the database"),
        /** The database was migrated by a newer StoreDesk than this one. */
        NEWER_SCHEMA("error.database.newerSchema", "The database was upgraded by a newer StoreDesk"),
        MIGRATION_FAILED("error.database.migrationFailed", "The database structure could not be updated or checked");

        private final String messageKey;
        private final String englishMessage;

        Reason(String messageKey, String englishMessage) {
            this.messageKey = messageKey;
            this.englishMessage = englishMessage;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final String detail;

    /**
     * @param detail the location as shown to users ({@link DatabaseLocation#describe()})
     * @param cause must not carry a password; {@link Database} redacts causes before wrapping them
     */
    public DatabaseUnavailableException(Reason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").englishMessage + ": " + detail, cause);
        this.reason = reason;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public Reason reason() {
        return reason;
    }

    /** The i18n key of the user-facing message, e.g. {@code error.database.locked}. */
    public String messageKey() {
        return reason.messageKey();
    }

    /** Where the database is ({@link DatabaseLocation#describe()}), shown beside the translated message. */
    public String detail() {
        return detail;
    }
}
