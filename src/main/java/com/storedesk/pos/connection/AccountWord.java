package com.storedesk.pos.connection;

/**
 * What a platform calls the account a store is, with the sentences that name it: the form's caption
 * and the connection test's findings about it. One set per word, so each language can write its own
 * grammar instead of slotting a noun into a shared sentence.
 */
enum AccountWord {
    LOCATION("connections.account.location", "connections.check.location.passed",
            "connections.check.location.failed", "connections.check.location.notTried",
            "connections.check.location.rateLimited"),
    SHOP("connections.account.shop", "connections.check.shop.passed", "connections.check.shop.failed",
            "connections.check.shop.notTried", "connections.check.shop.rateLimited"),
    ACCOUNT("connections.account.account", "connections.check.account.passed", "connections.check.account.failed",
            "connections.check.account.notTried", "connections.check.account.rateLimited"),
    MERCHANT("connections.account.merchant", "connections.check.merchant.passed",
            "connections.check.merchant.failed", "connections.check.merchant.notTried",
            "connections.check.merchant.rateLimited");

    /** The form's caption: "Location ID", "Shop"... */
    final String captionKey;
    /** {0} the id typed, {1} the name the platform gave it. */
    final String passedKey;
    /** {0} the id typed. */
    final String failedKey;
    final String notTriedKey;
    final String rateLimitedKey;

    AccountWord(String captionKey, String passedKey, String failedKey, String notTriedKey, String rateLimitedKey) {
        this.captionKey = captionKey;
        this.passedKey = passedKey;
        this.failedKey = failedKey;
        this.notTriedKey = notTriedKey;
        this.rateLimitedKey = rateLimitedKey;
    }
}
