package com.storedesk.ui.dashboard;

import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The live feed's basket summaries: each sale's read once, off the FX thread, and kept for the
 * {@value #KEPT} sales used last, so a live update reads only the sales that are new and a
 * dashboard left open all day holds no more than that. Called on the FX thread.
 */
final class FeedBaskets {

    /** The feed of a few stores and days visited back and forth. */
    static final int KEPT = 8 * StoreDashboardService.LATEST_SALES;

    private final BackgroundTasks tasks;
    private final LongFunction<DashboardModel.BasketLine> reader;
    private final Map<Long, DashboardModel.BasketLine> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, DashboardModel.BasketLine> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Long> reading = new HashSet<>();

    /** @param reader a sale's basket line, blocking; run off the FX thread */
    FeedBaskets(BackgroundTasks tasks, LongFunction<DashboardModel.BasketLine> reader) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The sale's line, or null until it has been read. */
    DashboardModel.BasketLine get(long saleId) {
        return known.get(saleId);
    }

    /**
     * Reads, in one background call, the sales of {@code saleIds} neither known nor being read, then
     * runs {@code whenRead}. A failure (logged) leaves those sales without a line rather than
     * retrying them on every live update.
     */
    void read(List<Long> saleIds, Runnable whenRead) {
        List<Long> missing = saleIds.stream().filter(id -> !known.containsKey(id) && !reading.contains(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        reading.addAll(missing);
        tasks.call(() -> {
            Map<Long, DashboardModel.BasketLine> lines = new LinkedHashMap<>();
            for (long saleId : missing) {
                lines.put(saleId, reader.apply(saleId));
            }
            return lines;
        }).onSuccess(lines -> {
            missing.forEach(reading::remove);
            known.putAll(lines);
            whenRead.run();
        }).onFailure(failure -> {
            missing.forEach(reading::remove);
            missing.forEach(saleId -> known.put(saleId, DashboardModel.BasketLine.NONE));
            whenRead.run();
        }).start();
    }

    int size() {
        return known.size();
    }
}
