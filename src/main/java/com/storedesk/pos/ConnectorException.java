package com.storedesk.pos;

/**
 * A connector could not deliver: the platform is down, refused the credentials, or answered
 * something that is not its documented format. The message is for the log and never carries
 * a secret; {@link #messageKey()} is the translated text to show.
 */
public class ConnectorException extends Exception {

    private final String messageKey;

    public ConnectorException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
