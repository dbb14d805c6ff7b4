package com.storedesk.pos.connection;

import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * What a connection must have before it is saved or tested: an account written as its platform
 * writes it, a location where the platform has several per account, and an address a token may be
 * sent to.
 */
final class ConnectionRules {

    private static final Pattern SHOP = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern SHOPIFY_LOCATION = Pattern.compile("(gid://shopify/Location/)?\\d+");
    private static final String MYSHOPIFY = ".myshopify.com";

    private ConnectionRules() {
    }

    /**
     * The account as the connector and the source name it: a Shopify shop by its myshopify name in
     * lower case ({@code jsmith}, also when {@code JSmith.myshopify.com} was typed), the others as typed.
     */
    static String checkedAccount(ConnectionDraft draft) {
        String account = draft.accountId();
        if (account.isBlank()) {
            throw new InvalidConnectionException("connections.error.accountMissing", "The account id is missing");
        }
        if (account.length() > 128) {
            throw new InvalidConnectionException("connections.error.accountMissing", "The account id is too long");
        }
        Pattern form = switch (draft.platform()) {
            case SHOPIFY -> SHOP;
            case LIGHTSPEED -> NUMBER;
            case CLOVER -> LETTERS_AND_DIGITS;
            case SQUARE, DEMO -> null;
        };
        String written = draft.platform() == Platform.SHOPIFY ? shop(account) : account;
        if (form != null && !form.matcher(written).matches()) {
            throw new InvalidConnectionException("connections.error.accountFormat",
                    "The account id is not written as " + draft.platform() + " writes it");
        }
        return written;
    }

    /** The location to keep: Shopify's, a number or its GID; null for the platforms that have none. */
    static String checkedLocation(ConnectionDraft draft) {
        if (!draft.platform().hasLocation()) {
            return null;
        }
        if (!SHOPIFY_LOCATION.matcher(draft.locationId()).matches() || draft.locationId().length() > 128) {
            throw new InvalidConnectionException("connections.error.locationMissing",
                    "The Shopify location id is missing or not a location id");
        }
        return draft.locationId();
    }

    /**
     * The server address, without a trailing slash. Plain {@code http} only to this computer (a
     * local test server): anywhere else the token would cross the network readable.
     */
    static String checkedBaseUrl(ConnectionDraft draft) {
        String url = draft.effectiveBaseUrl();
        HttpUrl parsed = url.isBlank() ? null : HttpUrl.parse(url);
        if (parsed == null || url.length() > 512) {
            throw new InvalidConnectionException("connections.error.badUrl", "The server address is not a web address");
        }
        if (!parsed.isHttps() && !loopback(parsed.host())) {
            throw new InvalidConnectionException("connections.error.insecureUrl", "The server address is not https");
        }
        return url;
    }

    /**
     * Square's notification URL, or null when none was typed or the platform is not Square (the others
     * do not sign a URL). A web address, https or plain http to this computer or the store's network
     * (a relay in the back office): it is not sent anything, only signed, but a typo would fail every
     * delivery, so it is checked when saving.
     */
    static String checkedNotificationUrl(ConnectionDraft draft) {
        if (draft.platform() != Platform.SQUARE || draft.notificationUrl().isBlank()) {
            return null;
        }
        String url = draft.notificationUrl();
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null || url.length() > 512) {
            throw new InvalidConnectionException("connections.error.badNotificationUrl",
                    "The notification URL is not a web address");
        }
        if (!parsed.isHttps() && !loopback(parsed.host()) && !localNetwork(parsed.host())) {
            throw new InvalidConnectionException("connections.error.insecureNotificationUrl",
                    "The notification URL is not https");
        }
        return url;
    }

    /** A private IPv4 address (10/8, 172.16/12, 192.168/16) or a {@code .local} name: the store's own network. */
    static boolean localNetwork(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".local")) {
            return true;
        }
        String[] parts = lower.split("\\.");
        if (parts.length != 4 || !lower.matches("[0-9.]+")) {
            return false;
        }
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[1]);
        return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168);
    }

    private static String shop(String account) {
        String name = account.toLowerCase(Locale.ROOT);
        return name.endsWith(MYSHOPIFY) ? name.substring(0, name.length() - MYSHOPIFY.length()) : name;
    }

    private static boolean loopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1") || lower.equals("[::1]");
    }
}
