package com.storedesk.security;

/** What a user signs in with: managers and administrators a password, associates on a kiosk a short PIN. */
public enum SecretKind {
    PASSWORD,
    PIN;

    public static SecretKind forRole(Role role) {
        return role == Role.ASSOCIATE ? PIN : PASSWORD;
    }
}
