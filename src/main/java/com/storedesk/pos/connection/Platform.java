package com.storedesk.pos.connection;

import java.util.Locale;
import java.util.Optional;

/**
 * The POS platforms a store can be connected to, with their documented API hosts. Only Square has a
 * connector in this build; the others can be configured ahead, and say so when tested.
 */
public enum Platform {
    SQUARE("https://connect.squareup.com", "https://connect.squareupsandbox.com", "connections.account.location"),
    /** Each shop has its own host, {@code https://<shop>.myshopify.com}; development stores stand in for a sandbox. */
    SHOPIFY(null, null, "connections.account.shop"),
    /** Retail (R-Series) API; trial accounts stand in for a sandbox. */
    LIGHTSPEED("https://api.lightspeedapp.com", null, "connections.account.account"),
    CLOVER("https://api.clover.com", "https://apisandbox.dev.clover.com", "connections.account.merchant"),
    /** The built-in demo chain: no server, no credential. */
    DEMO(null, null, "connections.account.account");

    private final String production;
    private final String sandbox;
    private final String accountKey;

    Platform(String production, String sandbox, String accountKey) {
        this.production = production;
        this.sandbox = sandbox;
        this.accountKey = accountKey;
    }

    /** The platforms an administrator can connect a store to. */
    public static Platform[] connectable() {
        return new Platform[] {SQUARE, SHOPIFY, LIGHTSPEED, CLOVER};
    }

    /** The source its events carry: {@code square:<location id>}, as the connector writes it. */
    public String source(String accountId) {
        return name().toLowerCase(Locale.ROOT) + ":" + accountId;
    }

    /** Whether StoreDesk can pull from this platform in this build. */
    public boolean hasConnector() {
        return this == SQUARE;
    }

    public boolean hasSandbox() {
        return sandbox != null;
    }

    /** The server of {@code environment} for {@code accountId}; empty for {@link Environment#CUSTOM} or an unknown one. */
    public Optional<String> baseUrl(Environment environment, String accountId) {
        return switch (environment) {
            case PRODUCTION -> this == SHOPIFY
                    ? Optional.ofNullable(accountId).filter(id -> !id.isBlank())
                            .map(id -> "https://" + shopHost(id))
                    : Optional.ofNullable(production);
            case SANDBOX -> Optional.ofNullable(sandbox);
            case CUSTOM -> Optional.empty();
        };
    }

    /** The translated name, as the status bar names sources. */
    public String nameKey() {
        return "source." + name().toLowerCase(Locale.ROOT);
    }

    /** What the platform calls the account a store is: location, shop, account or merchant. */
    public String accountKey() {
        return accountKey;
    }

    private static String shopHost(String shop) {
        String host = shop.strip().toLowerCase(Locale.ROOT);
        return host.contains(".") ? host : host + ".myshopify.com";
    }
}
