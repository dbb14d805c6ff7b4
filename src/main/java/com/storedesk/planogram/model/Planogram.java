package com.storedesk.planogram.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixture (bay) and what belongs where on it: shelves from the top, positions from the left,
 * numbered without gaps. Each product has one place on a fixture; its facings say how wide.
 */
public final class Planogram {

    private final String fixture;
    private final List<List<PlanogramPosition>> shelves;
    private final Map<Gtin, PlanogramPosition> byGtin = new HashMap<>();
    private final Map<String, PlanogramPosition> bySku = new HashMap<>();

    /** {@code shelves.get(0)} is shelf 1; each shelf's positions in order from position 1. */
    public Planogram(String fixture, List<List<PlanogramPosition>> shelves) {
        this.fixture = Objects.requireNonNull(fixture, "fixture");
        List<List<PlanogramPosition>> copy = new ArrayList<>();
        for (int s = 0; s < shelves.size(); s++) {
            List<PlanogramPosition> shelf = List.copyOf(shelves.get(s));
            for (int p = 0; p < shelf.size(); p++) {
                PlanogramPosition position = shelf.get(p);
                if (position.shelf() != s + 1 || position.position() != p + 1) {
                    throw new IllegalArgumentException("Shelves and positions must be numbered from 1 without gaps");
                }
                if (byGtin.put(position.gtin(), position) != null) {
                    throw new IllegalArgumentException("A product has one place on a fixture: " + position.gtin());
                }
                bySku.putIfAbsent(position.sku(), position);
            }
            copy.add(shelf);
        }
        this.shelves = List.copyOf(copy);
    }

    public String fixture() {
        return fixture;
    }

    public int shelfCount() {
        return shelves.size();
    }

    /** Shelf {@code number} (1 = top), its positions from the left. */
    public List<PlanogramPosition> shelf(int number) {
        return shelves.get(number - 1);
    }

    public List<List<PlanogramPosition>> shelves() {
        return shelves;
    }

    public List<PlanogramPosition> positions() {
        return shelves.stream().flatMap(List::stream).toList();
    }

    public int positionCount() {
        return shelves.stream().mapToInt(List::size).sum();
    }

    public Optional<PlanogramPosition> find(Gtin gtin) {
        return Optional.ofNullable(byGtin.get(gtin));
    }

    /** For labels that carry the SKU in Code 128 rather than a GTIN. */
    public Optional<PlanogramPosition> findSku(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }
}
