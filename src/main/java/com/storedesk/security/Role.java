package com.storedesk.security;

/** What a signed-in person may do. Screens and services check the role, not the person. */
public enum Role {
    ASSOCIATE,
    STORE_MANAGER,
    DISTRICT_MANAGER,
    ADMINISTRATOR
}
