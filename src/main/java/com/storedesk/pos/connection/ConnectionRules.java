package com.storedesk.pos.connection;

import java.util.Locale;
import okhttp3.HttpUrl;

/** What a connection must have before it is saved: an account id and an address a token may be sent to. */
final class ConnectionRules {

    private ConnectionRules() {
    }

    static void checkAccount(ConnectionDraft draft) {
        if (draft.accountId().isBlank()) {
            throw new InvalidConnectionException("connections.error.accountMissing", "The account id is missing");
        }
        if (draft.accountId().length() > 128) {
            throw new InvalidConnectionException("connections.error.accountMissing", "The account id is too long");
        }
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

    private static boolean loopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1") || lower.equals("[::1]");
    }
}
