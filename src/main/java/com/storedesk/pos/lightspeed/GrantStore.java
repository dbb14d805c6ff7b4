package com.storedesk.pos.lightspeed;

import com.storedesk.pos.ConnectorException;

/**
 * Where a connection's {@link LightspeedGrant} is kept (the vault). Read again before each renewal,
 * so a refresh token another connector of the same connection renewed is the one used.
 */
public interface GrantStore {

    LightspeedGrant load() throws ConnectorException;

    /** Keeps {@code renewed} in place of the grant it came from: the old refresh token no longer works. */
    void save(LightspeedGrant renewed) throws ConnectorException;
}
