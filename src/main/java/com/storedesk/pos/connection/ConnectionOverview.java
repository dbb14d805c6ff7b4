package com.storedesk.pos.connection;

/**
 * A connection as Settings lists it: the saved values, whether this computer holds its secrets, and
 * how its sync is going.
 */
public record ConnectionOverview(PosConnection connection, boolean credentialStored, boolean webhookSecretStored,
        SyncSummary sync) {
}
