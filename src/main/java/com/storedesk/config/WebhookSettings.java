package com.storedesk.config;

import java.util.Objects;

/**
 * Where the webhook receiver listens when Settings starts it, and whether it starts with StoreDesk.
 * Loopback by default: the receiver then takes deliveries only through a relay or tunnel on this
 * computer, and an administrator widens it to {@code 0.0.0.0} (every network) on purpose.
 */
public record WebhookSettings(String bindAddress, int port, boolean startWithApp) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;

    public WebhookSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("A bind address is needed");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is 0 to 65535");
        }
    }

    public static WebhookSettings defaults() {
        return new WebhookSettings(LOOPBACK, DEFAULT_PORT, false);
    }
}
