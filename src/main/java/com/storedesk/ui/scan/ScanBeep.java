package com.storedesk.ui.scan;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short beep of an accepted scan, as a handheld scanner gives: a 90 ms tone at 1.8 kHz, made
 * here rather than shipped as a file. Played on a thread of its own (opening a sound line can take
 * a moment); a computer with no sound device, or none free, stays silent. Beeps asked for while one
 * plays are dropped, so a burst of codes does not queue a burst of sound.
 */
public final class ScanBeep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScanBeep.class);
    private static final float RATE = 22_050f;
    private static final byte[] TONE = tone(1_800, 90);

    /** One thread while beeps come, none a few seconds after: a screen that is dropped leaves nothing behind. */
    private final ThreadPoolExecutor player = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, "scan-beep");
                thread.setDaemon(true);
                return thread;
            });

    public ScanBeep() {
        player.allowCoreThreadTimeOut(true);
    }
    private final AtomicBoolean playing = new AtomicBoolean();
    private volatile boolean unavailable;

    /** Beeps unless one is playing or there is no sound; returns at once. */
    public void play() {
        if (unavailable || !playing.compareAndSet(false, true)) {
            return;
        }
        player.execute(() -> {
            try {
                playTone();
            } finally {
                playing.set(false);
            }
        });
    }

    private void playTone() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(TONE, 0, TONE.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            // No sound card, none free, or a headless system: scanning goes on silently.
            unavailable = true;
            LOG.info("No sound for scans: {}", e.toString());
        }
    }

    /** 16-bit little-endian samples of a sine tone, faded in and out so it does not click. */
    static byte[] tone(int hertz, int millis) {
        int samples = (int) (RATE * millis / 1000);
        int fade = samples / 10;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1, Math.min(i, samples - 1 - i) / (double) fade);
            short value = (short) (Math.sin(2 * Math.PI * hertz * i / RATE) * envelope * 0.4 * Short.MAX_VALUE);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
