package com.storedesk.planogram.scan.camera;

import java.awt.image.BufferedImage;

/**
 * Hands the newest frame from the thread that grabs to the thread that decodes. A frame not yet taken
 * is replaced by a newer one: decoding falls behind by dropping frames, never by queueing them.
 */
final class LatestFrame {

    record Frame(BufferedImage image, long nanos) {
    }

    private Frame frame;
    private boolean closed;

    synchronized void put(BufferedImage image, long nanos) {
        frame = new Frame(image, nanos);
        notifyAll();
    }

    /** Waits for a frame; null once closed and the last frame was taken. */
    synchronized Frame take() throws InterruptedException {
        while (frame == null && !closed) {
            wait();
        }
        Frame taken = frame;
        frame = null;
        return taken;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
