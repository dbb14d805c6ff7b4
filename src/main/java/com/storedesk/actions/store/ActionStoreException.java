package com.storedesk.actions.store;

/** The action or policy tables could not be read or written. */
public final class ActionStoreException extends RuntimeException {

    public ActionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
