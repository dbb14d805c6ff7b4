package com.storedesk.bench;

import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many camera frames a second {@link FrameDecoder} reads on this computer. A few distinct
 * frames are drawn first (not timed) and decoded in turn, from the frame's pixels to the codes,
 * by as many threads as there are processors, as a camera scan hands frames to its decoding
 * threads; the first tenth warms the JIT up and is not timed.
 */
public final class DecodeBenchmark {

    private static final int DISTINCT_FRAMES = 12;

    /** Labels read right and wrong count every label of every timed frame. */
    public record Result(int frames, int threads, long millis, int labels, int read, int wrong) {

        public double framesPerSecond() {
            return millis == 0 ? Double.POSITIVE_INFINITY : frames * 1000.0 / millis;
        }
    }

    private final int frames;
    private final int threads;

    public DecodeBenchmark(int frames, int threads) {
        if (frames < 1 || threads < 1) {
            throw new IllegalArgumentException("At least one frame and one thread");
        }
        this.frames = frames;
        this.threads = threads;
    }

    public Result run() throws InterruptedException {
        ShelfFrames generator = new ShelfFrames(42);
        List<ShelfFrames.Frame> pool = new ArrayList<>();
        for (int i = 0; i < DISTINCT_FRAMES; i++) {
            pool.add(generator.next());
        }
        FrameDecoder decoder = new FrameDecoder();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            decodeAll(executor, decoder, pool, Math.max(threads, frames / 10));
            long start = System.nanoTime();
            int[] counts = decodeAll(executor, decoder, pool, frames);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(frames, threads, millis, frames * ShelfFrames.LABELS, counts[0], counts[1]);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Reads and misreads over {@code count} frames taken from the pool in turn. */
    private static int[] decodeAll(ExecutorService executor, FrameDecoder decoder, List<ShelfFrames.Frame> pool,
            int count) throws InterruptedException {
        List<Future<int[]>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ShelfFrames.Frame frame = pool.get(i % pool.size());
            results.add(executor.submit(() -> score(frame, decoder.decode(frame.image()))));
        }
        int[] total = new int[2];
        for (Future<int[]> result : results) {
            try {
                int[] one = result.get();
                total[0] += one[0];
                total[1] += one[1];
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Decoding a frame failed", e.getCause());
            }
        }
        return total;
    }

    private static int[] score(ShelfFrames.Frame frame, List<ScannedCode> codes) {
        int read = 0;
        int wrong = 0;
        for (ScannedCode code : codes) {
            if (frame.codes().contains(code.text())) {
                read++;
            } else {
                wrong++;
            }
        }
        return new int[] {read, wrong};
    }
}
