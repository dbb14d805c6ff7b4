package com.storedesk.ingest;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.ingest.RowOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts what happened to each event of a batch while it is written. */
final class Tally {

    private int inserted;
    private int updated;
    private int unchanged;
    private final List<IngestRejection> rejections = new ArrayList<>();
    private final Set<Long> changedStores = new HashSet<>();
    private boolean catalogChanged;

    void count(List<RowOutcome> outcomes) {
        outcomes.forEach(this::count);
    }

    void count(RowOutcome outcome) {
        switch (outcome) {
            case INSERTED -> inserted++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            default -> throw new IllegalStateException(outcome.name());
        }
    }

    void unchanged(int events) {
        unchanged += events;
    }

    void inserted(int events) {
        inserted += events;
    }

    void reject(RetailEvent event, Problem problem) {
        reject(event, problem.reason(), problem.detail());
    }

    void reject(RetailEvent event, RejectReason reason, String detail) {
        rejections.add(new IngestRejection(event.getClass().getSimpleName(), event.source(), event.externalId(),
                reason, detail));
    }

    /** Products were written: counted, and the catalog marked as changed when any row was new or different. */
    void countProducts(List<RowOutcome> outcomes) {
        count(outcomes);
        catalogChanged |= outcomes.stream().anyMatch(outcome -> outcome != RowOutcome.UNCHANGED);
    }

    void changed(Set<Long> storeIds) {
        changedStores.addAll(storeIds);
    }

    void add(Tally other) {
        inserted += other.inserted;
        updated += other.updated;
        unchanged += other.unchanged;
        rejections.addAll(other.rejections);
        changedStores.addAll(other.changedStores);
        catalogChanged |= other.catalogChanged;
    }

    List<IngestRejection> rejections() {
        return rejections;
    }

    IngestResult result(int received) {
        return new IngestResult(received, inserted, updated, unchanged, rejections, changedStores, catalogChanged);
    }
}
