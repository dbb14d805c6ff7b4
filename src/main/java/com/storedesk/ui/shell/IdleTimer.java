package com.storedesk.ui.shell;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;

/** Runs {@code onIdle} once nobody has touched, clicked, scrolled or typed for {@code timeout}. */
final class IdleTimer {

    private final Scene scene;
    private final PauseTransition countdown;
    private final EventHandler<Event> activity = event -> restart();

    IdleTimer(Scene scene, Duration timeout, Runnable onIdle) {
        this.scene = scene;
        this.countdown = new PauseTransition(timeout);
        countdown.setOnFinished(e -> onIdle.run());
    }

    void start() {
        scene.addEventFilter(MouseEvent.ANY, activity);
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(TouchEvent.ANY, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
        restart();
    }

    void stop() {
        countdown.stop();
        scene.removeEventFilter(MouseEvent.ANY, activity);
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(TouchEvent.ANY, activity);
        scene.removeEventFilter(ScrollEvent.ANY, activity);
    }

    private void restart() {
        countdown.playFromStart();
    }
}
