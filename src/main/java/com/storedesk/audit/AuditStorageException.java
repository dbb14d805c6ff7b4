package com.storedesk.audit;

/** The database holding the trail could not be read or written; an entry being appended is not in it. */
public final class AuditStorageException extends RuntimeException {

    public AuditStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
