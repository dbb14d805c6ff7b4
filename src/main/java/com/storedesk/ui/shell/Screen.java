package com.storedesk.ui.shell;

import javafx.scene.Node;

/**
 * One screen of the shell. The shell calls {@link #onActivate()} each time the screen is
 * shown and {@link #onDeactivate()} when it is left, so a screen listens to live data only
 * while it is visible.
 */
public interface Screen {

    Node view();

    default void onActivate() {
    }

    default void onDeactivate() {
    }
}
