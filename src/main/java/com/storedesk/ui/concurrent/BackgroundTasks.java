package com.storedesk.ui.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a screen leaves the FX thread: database, file, HTTP and model calls run here,
 * and their result or failure comes back on the FX thread.
 * <pre>
 * tasks.call(() -> inspector.info())
 *      .onSuccess(model::show)
 *      .onFailure(model::showError)
 *      .start();
 * </pre>
 * Work is never interrupted: a thread interrupted inside H2's file I/O closes the database file
 * (NIO channels close on interrupt) and every later read fails. Cancelling a task only stops its
 * handlers from running; closing drops queued work, and work started after it, and lets running work finish.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor executor;

    /** Runs work on {@code executor}; closing shuts it down when it is an {@link ExecutorService}. */
    public BackgroundTasks(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    public static BackgroundTasks withThreads(int threads) {
        return new BackgroundTasks(Executors.newFixedThreadPool(threads, daemonThreads()));
    }

    public <T> Call<T> call(Callable<T> work) {
        return new Call<>(work);
    }

    public Call<Void> run(Runnable work) {
        return new Call<>(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        if (executor instanceof ThreadPoolExecutor pool) {
            pool.getQueue().clear();
        }
        if (executor instanceof ExecutorService service) {
            service.shutdown();
        }
    }

    /** One background call being set up; nothing runs until {@link #start()}. */
    public final class Call<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onFailure = error -> log.error("Background task failed", error);

        private Call(Callable<T> work) {
            this.work = work;
        }

        /** Runs on the FX thread with the result. */
        public Call<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /** Runs on the FX thread with the failure (after it has been logged). Not called when cancelled. */
        public Call<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = Objects.requireNonNull(handler);
            return this;
        }

        /** Starts the work; the returned task can be cancelled, after which no handler runs. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }

                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    return super.cancel(false);
                }
            };
            task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
            task.setOnFailed(event -> {
                log.warn("Background task failed", task.getException());
                onFailure.accept(task.getException());
            });
            try {
                executor.execute(task);
            } catch (RejectedExecutionException closed) {
                // Closed with its window: a late timer's work is dropped like queued work.
                log.debug("Background work after close was dropped");
                task.cancel();
            }
            return task;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "storedesk-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
