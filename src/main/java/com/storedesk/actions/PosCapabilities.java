package com.storedesk.actions;

import java.util.Optional;

/**
 * Whether a store's POS can apply a change, as the composition root knows it from the connectors:
 * an action it cannot apply is approved as {@link ActionStatus#MANUAL} (recorded, done by hand), and
 * the inbox says so before anyone approves.
 */
@FunctionalInterface
public interface PosCapabilities {

    /** Every change can be applied: for tests and a database without a POS. */
    PosCapabilities EVERYTHING = (storeId, change) -> Optional.empty();

    /**
     * The bundle key of the store's POS platform's name (e.g. {@code source.clover}) when that POS
     * cannot apply {@code change}; empty when it can. Blocking: call it off the FX thread.
     */
    Optional<String> cannotApply(long storeId, ActionChange change);
}
