package com.storedesk.planogram.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.bench.ShelfFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void readsMostLabelsOfAShelfFrameFromLeftToRightAndNothingWrong() {
        ShelfFrames frames = new ShelfFrames(7);
        int labels = 0;
        int read = 0;
        for (int i = 0; i < 10; i++) {
            ShelfFrames.Frame frame = frames.next();
            List<String> texts = decoder.decode(frame.image()).stream().map(ScannedCode::text).toList();
            assertThat(frame.codes()).containsAll(texts);
            assertThat(texts).isSortedAccordingTo((a, b) -> frame.codes().indexOf(a) - frame.codes().indexOf(b));
            labels += frame.codes().size();
            read += texts.size();
        }
        assertThat(read).as("labels read of %d", labels).isGreaterThanOrEqualTo(labels * 7 / 10);
    }

    @Test
    void oneDecoderServesSeveralThreads() throws Exception {
        ShelfFrames frames = new ShelfFrames(11);
        List<ShelfFrames.Frame> pool = List.of(frames.next(), frames.next(), frames.next(), frames.next());
        List<List<ScannedCode>> alone = new ArrayList<>();
        for (ShelfFrames.Frame frame : pool) {
            alone.add(decoder.decode(frame.image()));
        }
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ScannedCode>>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (ShelfFrames.Frame frame : pool) {
                    together.add(executor.submit(() -> decoder.decode(frame.image())));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % pool.size()));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFrameWithoutBarcodesGivesNothing() {
        byte[] gray = new byte[640 * 360];
        java.util.Arrays.fill(gray, (byte) 200);

        assertThat(decoder.decode(new GrayImage(640, 360, gray))).isEmpty();
    }
}
