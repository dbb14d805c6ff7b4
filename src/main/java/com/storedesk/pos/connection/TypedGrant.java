package com.storedesk.pos.connection;

import com.storedesk.pos.lightspeed.GrantStore;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lightspeed grant typed into the form and not saved yet. Testing it may renew its refresh token,
 * which ends the typed one; the renewed grant goes back to the form, so saving keeps the one that works.
 */
final class TypedGrant implements GrantStore {

    private final LightspeedGrant typed;
    private LightspeedGrant current;

    TypedGrant(LightspeedGrant typed) {
        this.typed = Objects.requireNonNull(typed, "typed");
        this.current = typed;
    }

    @Override
    public synchronized LightspeedGrant load() {
        return current;
    }

    @Override
    public synchronized void save(LightspeedGrant renewed) {
        current = renewed;
    }

    /** The grant as the test left it, when it differs from the typed one. */
    synchronized Optional<LightspeedGrant> renewed() {
        return current.equals(typed) ? Optional.empty() : Optional.of(current);
    }
}
