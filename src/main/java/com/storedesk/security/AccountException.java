package com.storedesk.security;

/**
 * An account change that cannot be made as asked (a PIN too short, a name taken). The message is
 * the translation key, so it never carries a secret or a person's name.
 */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the sentence that explains it in the user's language. */
    public String messageKey() {
        return messageKey;
    }
}
