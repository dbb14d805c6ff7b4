package com.storedesk.security;

/** An associate as the kiosk lists them: the name they tap, the account it signs in to. */
public record KioskUser(String username, String displayName) {
}
