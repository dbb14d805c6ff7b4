package com.storedesk.ui.planogram;

import com.storedesk.planogram.match.Place;
import com.storedesk.planogram.model.PlanogramPosition;
import com.storedesk.planogram.store.PositionOutcome;
import com.storedesk.planogram.store.SavedCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A past check's positions as table rows: the version's positions with what the check found at each. */
final class PastRows {

    private PastRows() {
    }

    static List<PositionRow> of(SavedCheck saved, Map<String, String> names) {
        Map<Place, PositionOutcome> found = new HashMap<>();
        saved.check().positions().forEach(p -> found.put(new Place(p.shelf(), p.position()), p));
        List<PositionRow> rows = new ArrayList<>();
        for (List<PlanogramPosition> shelf : saved.version().planogram().shelves()) {
            for (PlanogramPosition position : shelf) {
                PositionOutcome outcome = found.get(new Place(position.shelf(), position.position()));
                PositionRow row = new PositionRow(position, names.getOrDefault(position.sku(), ""), null, null);
                rows.add(outcome == null ? row : row.withOutcome(outcome.status(), outcome.foundShelf() == null
                        ? null : new Place(outcome.foundShelf(), outcome.foundPosition())));
            }
        }
        return rows;
    }
}
