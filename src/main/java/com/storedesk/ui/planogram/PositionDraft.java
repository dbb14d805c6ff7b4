package com.storedesk.ui.planogram;

import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A manager's unsaved changes to a planogram: positions replaced, added after another or removed,
 * each shelf renumbered from 1 without gaps. A change that would break the planogram's rules (no SKU,
 * a wrong GTIN, facings below 1, a product in two places, an empty shelf) is refused with the key
 * of the sentence that says why, and the draft stays as it was.
 */
final class PositionDraft {

    enum Change {
        REPLACE, INSERT_AFTER, REMOVE
    }

    /** Either a problem (key and arguments) or the position to select after the change. */
    record Outcome(String problemKey, Object[] arguments, PlanogramPosition select) {

        static Outcome problem(String key, Object... arguments) {
            return new Outcome(key, arguments, null);
        }
    }

    private final List<List<PlanogramPosition>> shelves = new ArrayList<>();

    void reset(Planogram planogram) {
        shelves.clear();
        if (planogram != null) {
            planogram.shelves().forEach(shelf -> shelves.add(new ArrayList<>(shelf)));
        }
    }

    List<PlanogramPosition> positions() {
        return shelves.stream().flatMap(List::stream).toList();
    }

    Planogram planogram(String fixture) {
        return new Planogram(fixture, shelves);
    }

    Outcome change(Change change, PlanogramPosition at, String sku, String gtinText, String facingsText) {
        List<PlanogramPosition> shelf = shelves.get(at.shelf() - 1);
        int index = at.position() - 1;
        if (change == Change.REMOVE) {
            if (shelf.size() == 1) {
                return Outcome.problem("planogram.screen.edit.lastPosition");
            }
            shelf.remove(index);
            renumber(at.shelf());
            return new Outcome(null, null, shelf.get(Math.min(index, shelf.size() - 1)));
        }
        String cleanSku = sku == null ? "" : sku.strip();
        if (cleanSku.isEmpty()) {
            return Outcome.problem("planogram.screen.edit.sku");
        }
        Optional<Gtin> gtin = Gtin.parse(gtinText == null ? "" : gtinText);
        if (gtin.isEmpty()) {
            return Outcome.problem("planogram.screen.edit.gtin", gtinText == null ? "" : gtinText.strip());
        }
        int facings;
        try {
            facings = Integer.parseInt(facingsText == null ? "" : facingsText.strip());
        } catch (NumberFormatException e) {
            facings = 0;
        }
        if (facings < 1) {
            return Outcome.problem("planogram.screen.edit.facings");
        }
        for (PlanogramPosition other : positions()) {
            boolean replaced = change == Change.REPLACE && other.equals(at);
            if (!replaced && other.gtin().equals(gtin.get())) {
                return Outcome.problem("planogram.screen.edit.duplicate", gtin.get().shortForm(), other.shelf(),
                        other.position());
            }
        }
        PlanogramPosition position = new PlanogramPosition(at.shelf(), at.position(), cleanSku, gtin.get(), facings);
        if (change == Change.REPLACE) {
            shelf.set(index, position);
        } else {
            shelf.add(index + 1, position);
            renumber(at.shelf());
        }
        return new Outcome(null, null, shelf.get(change == Change.REPLACE ? index : index + 1));
    }

    private void renumber(int shelfNumber) {
        List<PlanogramPosition> shelf = shelves.get(shelfNumber - 1);
        for (int i = 0; i < shelf.size(); i++) {
            PlanogramPosition p = shelf.get(i);
            shelf.set(i, new PlanogramPosition(shelfNumber, i + 1, p.sku(), p.gtin(), p.facings()));
        }
    }
}
