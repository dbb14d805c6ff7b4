package com.storedesk.planogram.scan;

/** A scan source that cannot start now, with the bundle key of the sentence that says why. */
public class CodeSourceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public CodeSourceUnavailableException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
