package com.storedesk.planogram.store;

/** What to do about a product missing from the shelf, from the store's perpetual stock. */
public enum FillHint {
    /** The store has it on hand: bring it out from the back room. */
    REFILL,
    /** The store has none: reorder it. */
    REORDER
}
