package com.storedesk.pos.connection;

import java.util.Locale;
import java.util.Optional;

/**
 * The POS platforms a store can be connected to, with their documented API hosts and what each calls
 * the account a store is. Every connectable platform has a connector; the demo chain is built in.
 */
public enum Platform {
    SQUARE("https://connect.squareup.com", "https://connect.squareupsandbox.com", AccountWord.LOCATION, "Square"),
    /**
     * Each shop has its own host, {@code https://<shop>.myshopify.com}; development stores stand in for a
     * sandbox. A store is one location of the shop, so a connection names both.
     */
    SHOPIFY(null, null, AccountWord.SHOP, "Shopify"),
    /** Retail (R-Series) API; trial accounts stand in for a sandbox. */
    LIGHTSPEED("https://api.lightspeedapp.com", null, AccountWord.ACCOUNT, "Lightspeed"),
    CLOVER("https://api.clover.com", "https://apisandbox.dev.clover.com", AccountWord.MERCHANT, "Clover"),
    /** The built-in demo chain: no server, no credential. */
    DEMO(null, null, AccountWord.ACCOUNT, "StoreDesk");

    private final String production;
    private final String sandbox;
    private final AccountWord accountWord;
    private final String brand;

    Platform(String production, String sandbox, AccountWord accountWord, String brand) {
        this.production = production;
        this.sandbox = sandbox;
        this.accountWord = accountWord;
        this.brand = brand;
    }

    /** The platforms an administrator can connect a store to. */
    public static Platform[] connectable() {
        return new Platform[] {SQUARE, SHOPIFY, LIGHTSPEED, CLOVER};
    }

    /** The source its events carry: {@code square:<location id>}, as the connector writes it. */
    public String source(String accountId) {
        return name().toLowerCase(Locale.ROOT) + ":" + accountId;
    }

    /** Whether StoreDesk can pull from this platform in this build: every connectable one. */
    public boolean hasConnector() {
        return this != DEMO;
    }

    /** Whether a connection names a location besides its account: a Shopify shop has several. */
    public boolean hasLocation() {
        return this == SHOPIFY;
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
        return accountWord.captionKey;
    }

    AccountWord accountWord() {
        return accountWord;
    }

    /** The platform's own name, as it writes it in every language. */
    String brand() {
        return brand;
    }

    private static String shopHost(String shop) {
        String host = shop.strip().toLowerCase(Locale.ROOT);
        return host.contains(".") ? host : host + ".myshopify.com";
    }
}
