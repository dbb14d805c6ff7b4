package com.storedesk.security.vault;

/**
 * The vault could not keep or give back a secret. The message names the entry and the problem,
 * never the secret; {@link #messageKey()} is the translated sentence to show.
 */
public final class VaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public VaultException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
