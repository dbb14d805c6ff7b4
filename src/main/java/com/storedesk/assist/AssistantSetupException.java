package com.storedesk.assist;

import java.util.List;

/** A draft Settings cannot save, with the translated reason's key and its arguments; holds no key. */
public final class AssistantSetupException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    AssistantSetupException(String messageKey, String message, Object... args) {
        super(message);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
