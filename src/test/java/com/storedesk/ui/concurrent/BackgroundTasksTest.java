package com.storedesk.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.testing.FxWait;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class BackgroundTasksTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cancellingStopsTheHandlersButNeverInterruptsTheWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean handled = new AtomicBoolean();
        try (BackgroundTasks tasks = BackgroundTasks.withThreads(1)) {
            Task<String> task = tasks.call(() -> {
                started.countDown();
                release.await();
                interrupted.set(Thread.currentThread().isInterrupted());
                finished.set(true);
                return "done";
            }).onSuccess(result -> handled.set(true)).start();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            task.cancel();
            release.countDown();

            FxWait.until(finished::get);
            assertThat(interrupted).isFalse();
            assertThat(task.isCancelled()).isTrue();
            assertThat(handled).isFalse();
        }
    }

    @Test
    void closingLetsRunningWorkFinishAndDropsWhatIsQueued() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean queuedRan = new AtomicBoolean();
        BackgroundTasks tasks = BackgroundTasks.withThreads(1);
        tasks.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
        }).start();
        tasks.run(() -> queuedRan.set(true)).start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        tasks.close();
        release.countDown();

        FxWait.until(finished::get);
        Thread.sleep(200);
        assertThat(interrupted).isFalse();
        assertThat(queuedRan).isFalse();
    }

    /** A timer that fires after its screen closed must not throw into the FX thread. */
    @Test
    void workStartedAfterCloseIsDroppedAsCancelled() {
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        BackgroundTasks tasks = BackgroundTasks.withThreads(1);
        tasks.close();

        Task<Void> late = tasks.run(() -> ran.set(true)).onFailure(error -> failed.set(true)).start();

        FxWait.until(late::isCancelled);
        assertThat(ran).isFalse();
        assertThat(failed).isFalse();
    }
}
