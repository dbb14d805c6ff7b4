package com.storedesk.security;

/** The session's role or store scope does not allow what was asked: thrown by services, whatever screen called. */
public final class AccessDeniedException extends AccountException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
    }
}
