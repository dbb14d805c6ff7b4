package com.storedesk.planogram.match;

import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what was scanned on a fixture against its planogram. Each shelf's scans (top shelf
 * first) are reduced to products, a run of the same code counting once (the facings of one
 * product), and aligned with that shelf's positions; the positions left unpaired are looked for
 * on the whole fixture (misplaced) or reported missing. A code is matched as a GTIN in any of
 * its forms (EAN-8, UPC-A, EAN-13, GTIN-14), or as the SKU when a label carries that instead.
 */
public final class ComplianceCheck {

    private ComplianceCheck() {
    }

    /** Scanned item: the product it stands for, or null, and the code as the scanner gave it. */
    private record Item(Place place, PlanogramPosition product, String code) {
    }

    public static ComplianceResult check(Planogram planogram, List<List<String>> scannedShelves) {
        List<List<Item>> shelves = new ArrayList<>();
        for (int s = 0; s < scannedShelves.size(); s++) {
            shelves.add(items(planogram, s + 1, scannedShelves.get(s)));
        }
        Map<PlanogramPosition, PositionResult> results = new LinkedHashMap<>();
        List<Item> unpaired = new ArrayList<>();
        for (int s = 0; s < Math.max(planogram.shelfCount(), shelves.size()); s++) {
            List<PlanogramPosition> expected = s < planogram.shelfCount() ? planogram.shelf(s + 1) : List.of();
            List<Item> scanned = s < shelves.size() ? shelves.get(s) : List.of();
            int[] pairs = SequenceAlignment.align(expected, scanned.stream().map(Item::product).toList());
            boolean[] used = new boolean[scanned.size()];
            for (int p = 0; p < expected.size(); p++) {
                if (pairs[p] >= 0) {
                    used[pairs[p]] = true;
                    results.put(expected.get(p), new PositionResult(expected.get(p), PositionStatus.CORRECT, null));
                }
            }
            for (int i = 0; i < scanned.size(); i++) {
                if (!used[i]) {
                    unpaired.add(scanned.get(i));
                }
            }
        }
        List<UnexpectedCode> unexpected = new ArrayList<>();
        List<SurplusItem> surplus = new ArrayList<>();
        for (Item item : unpaired) {
            if (item.product() == null) {
                unexpected.add(new UnexpectedCode(item.place(), item.code()));
            } else if (results.containsKey(item.product())) {
                surplus.add(new SurplusItem(item.place(), item.product()));
            } else {
                results.put(item.product(), new PositionResult(item.product(), PositionStatus.MISPLACED, item.place()));
            }
        }
        List<PositionResult> ordered = new ArrayList<>();
        for (PlanogramPosition position : planogram.positions()) {
            ordered.add(results.getOrDefault(position, new PositionResult(position, PositionStatus.MISSING, null)));
        }
        return new ComplianceResult(planogram, ordered, unexpected, surplus);
    }

    private static List<Item> items(Planogram planogram, int shelf, List<String> codes) {
        List<Item> items = new ArrayList<>();
        Object previous = null;
        for (String raw : codes) {
            String code = withoutSymbologyIdentifier(raw.strip());
            if (code.isEmpty()) {
                continue;
            }
            PlanogramPosition product = product(planogram, code).orElse(null);
            Object identity = product != null ? product : code;
            if (!identity.equals(previous)) {
                items.add(new Item(new Place(shelf, items.size() + 1), product, code));
                previous = identity;
            }
        }
        return items;
    }

    private static Optional<PlanogramPosition> product(Planogram planogram, String code) {
        Optional<Gtin> gtin = Gtin.parse(code);
        return gtin.isPresent() ? planogram.find(gtin.get()) : planogram.findSku(code);
    }

    /** Scanners set to send an AIM identifier prefix the code with it: {@code ]E0} for EAN-13, {@code ]C0} for Code 128. */
    static String withoutSymbologyIdentifier(String code) {
        return code.length() > 3 && code.charAt(0) == ']' ? code.substring(3) : code;
    }
}
