package com.storedesk.planogram.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's planogram compliance for the district view: the average of its fixtures' latest
 * scores (each fixture counts once, however many shelves it has) and when the most recent of
 * those checks was made.
 */
public record StoreCompliance(long storeId, double score, Instant lastChecked, int fixtures) {

    /** One entry per store that has at least one checked fixture. */
    public static Map<Long, StoreCompliance> byStore(Collection<FixtureScore> latest) {
        Map<Long, List<FixtureScore>> grouped = new LinkedHashMap<>();
        for (FixtureScore score : latest) {
            grouped.computeIfAbsent(score.storeId(), id -> new ArrayList<>()).add(score);
        }
        Map<Long, StoreCompliance> stores = new LinkedHashMap<>();
        grouped.forEach((storeId, scores) -> stores.put(storeId, new StoreCompliance(storeId,
                scores.stream().mapToDouble(FixtureScore::score).average().orElseThrow(),
                scores.stream().map(FixtureScore::checkedAt).max(Instant::compareTo).orElseThrow(),
                scores.size())));
        return stores;
    }
}
