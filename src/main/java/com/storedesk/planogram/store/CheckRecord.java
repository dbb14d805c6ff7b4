package com.storedesk.planogram.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A check as stored: against which version, when and by whom, and what it found.
 *
 * @param shelfScores by shelf number (1 = top)
 */
public record CheckRecord(long versionId, Instant checkedAt, String checkedBy, double score,
        Map<Integer, Double> shelfScores, List<PositionOutcome> positions, List<CheckException> exceptions) {

    public CheckRecord {
        shelfScores = Map.copyOf(shelfScores);
        positions = List.copyOf(positions);
        exceptions = List.copyOf(exceptions);
    }
}
