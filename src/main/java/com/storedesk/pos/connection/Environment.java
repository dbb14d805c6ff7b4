package com.storedesk.pos.connection;

/** Which of a platform's servers a connection talks to. */
public enum Environment {
    PRODUCTION,
    /** The platform's test servers, with test accounts and no real money. */
    SANDBOX,
    /** An address typed in: a regional server, a proxy, a test double. */
    CUSTOM
}
