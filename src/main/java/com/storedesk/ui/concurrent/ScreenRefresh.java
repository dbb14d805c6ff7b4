package com.storedesk.ui.concurrent;

import com.storedesk.ingest.StoreDataChanged;
import com.storedesk.ingest.StoreDataChanges;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps a shown screen current: it refreshes every {@code period}, and {@code quiet} after new data
 * that concerns it (a burst of ingests gives one refresh). Create on the FX thread; start when the
 * screen is shown, stop when it is hidden. {@code concerns} runs on ingest's thread.
 */
public final class ScreenRefresh {

    private final StoreDataChanges changes;
    private final Predicate<StoreDataChanged> concerns;
    private final Timeline clock;
    private final Coalescer afterData;
    private StoreDataChanges.Subscription subscription;

    public ScreenRefresh(StoreDataChanges changes, Duration period, Duration quiet,
            Predicate<StoreDataChanged> concerns, Runnable refresh) {
        this.changes = changes;
        this.concerns = concerns;
        this.clock = new Timeline(new KeyFrame(period, e -> refresh.run()));
        clock.setCycleCount(Animation.INDEFINITE);
        this.afterData = new Coalescer(quiet, refresh);
    }

    public void start() {
        clock.play();
        if (subscription == null) {
            subscription = changes.subscribe(change -> {
                if (concerns.test(change)) {
                    afterData.signal();
                }
            });
        }
    }

    public void stop() {
        clock.stop();
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        afterData.cancel();
    }
}
