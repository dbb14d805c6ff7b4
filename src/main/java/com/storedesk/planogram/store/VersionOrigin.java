package com.storedesk.planogram.store;

/** How a planogram version came to be. */
public enum VersionOrigin {
    /** Read from a CSV or JSON file. */
    IMPORT,
    /** Changed by hand in the planogram screen. */
    EDIT,
    /** Shipped with the demo chain. */
    DEMO
}
