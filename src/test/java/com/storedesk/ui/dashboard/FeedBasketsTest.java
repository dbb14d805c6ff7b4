package com.storedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.testing.FxWait;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The feed reads each sale's basket once and keeps a bounded number of them. */
@ExtendWith(ApplicationExtension.class)
class FeedBasketsTest {

    private final BackgroundTasks tasks = BackgroundTasks.withThreads(1);
    private final List<Long> reads = new CopyOnWriteArrayList<>();
    private final AtomicInteger drawn = new AtomicInteger();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aLiveUpdateReadsOnlyTheNewSalesAndTheOldestAreForgotten() {
        FeedBaskets baskets = new FeedBaskets(tasks, saleId -> {
            reads.add(saleId);
            return new DashboardModel.BasketLine("basket " + saleId, "", "");
        });

        read(baskets, List.of(1L, 2L, 3L), 1);
        read(baskets, List.of(4L, 3L, 2L), 2);
        // Nothing new here: no call at all, so the next one, run in order on the one thread, is the 3rd.
        FxWait.runFx(() -> baskets.read(List.of(4L, 1L), drawn::incrementAndGet));
        read(baskets, List.of(5L), 3);
        assertThat(reads).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(FxWait.onFx(() -> baskets.get(4L).summary())).isEqualTo("basket 4");

        List<Long> aDayLater = LongStream.rangeClosed(100, 99 + FeedBaskets.KEPT).boxed().toList();
        read(baskets, aDayLater, 4);
        assertThat(FxWait.onFx(baskets::size)).isEqualTo(FeedBaskets.KEPT);
        assertThat(FxWait.onFx(() -> baskets.get(1L))).as("the oldest is forgotten").isNull();
        assertThat(FxWait.onFx(() -> baskets.get(99L + FeedBaskets.KEPT))).isNotNull();
    }

    @Test
    void aFailedReadLeavesTheSalesWithoutALineAndIsNotRepeated() {
        FeedBaskets baskets = new FeedBaskets(tasks, saleId -> {
            reads.add(saleId);
            throw new IllegalStateException("the database went away");
        });

        read(baskets, List.of(7L), 1);
        assertThat(FxWait.onFx(() -> baskets.get(7L))).isEqualTo(DashboardModel.BasketLine.NONE);
        FxWait.runFx(() -> baskets.read(List.of(7L), drawn::incrementAndGet));
        read(baskets, List.of(8L), 2);
        assertThat(reads).containsExactly(7L, 8L);
    }

    private void read(FeedBaskets baskets, List<Long> saleIds, int drawnAfter) {
        FxWait.runFx(() -> baskets.read(saleIds, drawn::incrementAndGet));
        FxWait.until(() -> drawn.get() == drawnAfter);
    }
}
