package com.storedesk.ui.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * A form's one way to call its services: off the FX thread, its buttons disabled while the call runs
 * ({@code busy}), the previous outcome cleared first, and a failure described in its error line. The
 * result reaches {@code done} on the FX thread.
 */
public final class GuardedCalls {

    private final BackgroundTasks tasks;
    private final BooleanProperty busy;
    private final StringProperty error;
    private final Runnable clear;
    private final Function<Throwable, String> describe;

    /**
     * @param clear what to forget as a call starts (the error line, a notice); runs on the FX thread
     * @param describe the failure as the user reads it
     */
    public GuardedCalls(BackgroundTasks tasks, BooleanProperty busy, StringProperty error, Runnable clear,
            Function<Throwable, String> describe) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.busy = Objects.requireNonNull(busy, "busy");
        this.error = Objects.requireNonNull(error, "error");
        this.clear = Objects.requireNonNull(clear, "clear");
        this.describe = Objects.requireNonNull(describe, "describe");
    }

    public <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        clear.run();
        tasks.call(work).onSuccess(result -> {
            busy.set(false);
            done.accept(result);
        }).onFailure(failure -> {
            busy.set(false);
            error.set(describe.apply(failure));
        }).start();
    }
}
