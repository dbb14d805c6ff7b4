package com.storedesk.inventory.count;

/** The count tables or the catalog could not be read or written. */
public final class CountStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CountStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
