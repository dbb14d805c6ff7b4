package com.storedesk.ui.concurrent;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Turns a burst of signals from any thread into one action on the FX thread, at most once per
 * {@code quiet} period: the first signal schedules the action, later ones until it runs are
 * absorbed. A live feed committing every second then refreshes a screen every few seconds, not
 * on every batch.
 */
public final class Coalescer {

    private final PauseTransition delay;
    private boolean scheduled;

    /** Create on the FX thread. */
    public Coalescer(Duration quiet, Runnable action) {
        this.delay = new PauseTransition(quiet);
        delay.setOnFinished(e -> {
            scheduled = false;
            action.run();
        });
    }

    /** Safe from any thread. */
    public void signal() {
        Platform.runLater(() -> {
            if (!scheduled) {
                scheduled = true;
                delay.playFromStart();
            }
        });
    }

    /** Drops a scheduled action, e.g. when the screen is hidden. */
    public void cancel() {
        Platform.runLater(() -> {
            delay.stop();
            scheduled = false;
        });
    }
}
