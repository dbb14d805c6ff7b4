package com.storedesk.planogram.match;

import com.storedesk.planogram.model.Planogram;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fixture checked against its planogram: every position's outcome and what was there besides. */
public record ComplianceResult(Planogram planogram, List<PositionResult> positions, List<UnexpectedCode> unexpected,
        List<SurplusItem> surplus) {

    public ComplianceResult {
        positions = List.copyOf(positions);
        unexpected = List.copyOf(unexpected);
        surplus = List.copyOf(surplus);
    }

    /** Correct positions ÷ planogram positions, 0 to 1. */
    public double score() {
        return score(positions);
    }

    /** The same for shelf {@code shelf} (1 = top). */
    public double shelfScore(int shelf) {
        return score(positions.stream().filter(result -> result.expected().shelf() == shelf).toList());
    }

    /** What to do, in planogram order: moves and gaps first, then what to take off, by shelf. */
    public List<Correction> corrections() {
        List<Correction> corrections = new ArrayList<>();
        for (PositionResult result : positions) {
            switch (result.status()) {
                case MISPLACED -> corrections.add(new Correction.Move(result.expected(), result.foundAt()));
                case MISSING -> corrections.add(new Correction.Fill(result.expected()));
                case CORRECT -> {
                }
            }
        }
        record Removal(Place at, Correction correction) {
        }
        List<Removal> removals = new ArrayList<>();
        unexpected.forEach(code -> removals.add(new Removal(code.at(), new Correction.Remove(code))));
        surplus.forEach(item -> removals.add(new Removal(item.at(), new Correction.RemoveSurplus(item))));
        removals.sort(Comparator.comparing(Removal::at, Comparator.comparingInt(Place::shelf)
                .thenComparingInt(Place::position)));
        removals.forEach(removal -> corrections.add(removal.correction()));
        return corrections;
    }

    private static double score(List<PositionResult> results) {
        if (results.isEmpty()) {
            return 1;
        }
        return (double) results.stream().filter(result -> result.status() == PositionStatus.CORRECT).count()
                / results.size();
    }
}
