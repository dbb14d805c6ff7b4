package com.storedesk.planogram.scan;

import java.util.function.Consumer;

/**
 * Somewhere scanned codes come from while an associate walks a fixture: a handheld scanner, a
 * webcam, a folder of photos. The planogram screen starts a source when its check begins and stops
 * it when the check ends or the screen is left; it does not care which kind it is. A source may call
 * {@code codes} on any thread (the screen moves each code to the FX thread) and must not call it
 * after {@link #stop()} returns. A source that cannot start (no camera, camera in use) throws
 * {@link CodeSourceUnavailableException}; the other sources still work.
 */
public interface CodeSource {

    /** Starts delivering each accepted code, as a scanner would type it, to {@code codes}. */
    void start(Consumer<String> codes) throws CodeSourceUnavailableException;

    /** Stops delivering; the codes already delivered stay with the screen. Safe to call twice. */
    void stop();
}
