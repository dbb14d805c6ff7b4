package com.storedesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the FX thread and background tasks to settle in headless UI tests. */
public final class FxWait {

    private FxWait() {
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails after 20 seconds. */
    public static void until(Callable<Boolean> condition) {
        until(20, condition);
    }

    /** {@link #until(Callable)} for what takes longer, such as a first start's demo chain and accounts. */
    public static void until(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code node} and every parent are visible: what a user can actually see. */
    public static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether the node {@code query} finds exists and is {@link #shown}; false before its skin is built. */
    public static boolean shown(org.testfx.api.FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(FxWait::shown).orElse(false);
    }

    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void runFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
