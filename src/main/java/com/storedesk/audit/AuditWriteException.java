package com.storedesk.audit;

/** The trail could not be read or written; what was being recorded is not in it. */
public final class AuditWriteException extends RuntimeException {

    public AuditWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
