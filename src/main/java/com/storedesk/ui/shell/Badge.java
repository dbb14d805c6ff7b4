package com.storedesk.ui.shell;

import javafx.scene.Node;

/**
 * A count beside a screen's name in the navigation, such as the actions waiting for the user's
 * decision. The shell reads it off the FX thread when store data changes, every minute and when a
 * screen asks ({@link com.storedesk.ui.ShellActions#refreshBadges()}), so a screen need not be open
 * for its count to stay current.
 */
public interface Badge {

    /** Blocking: counts, off the FX thread. */
    int read();

    /**
     * On the FX thread after each {@link #read()}, with the window's root: where a badge may tell the
     * user what changed since the last read.
     */
    default void shown(Node window) {
    }
}
