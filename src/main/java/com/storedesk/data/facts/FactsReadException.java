package com.storedesk.data.facts;

/** The database could not answer a facts query; the message names no data, only what was read. */
public final class FactsReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FactsReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
