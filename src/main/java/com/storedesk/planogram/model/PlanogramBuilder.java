package com.storedesk.planogram.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects a file's rows in any order and makes its planograms, checking what no single row
 * shows: a position given twice, a product in two places, a shelf or position left out.
 * Fixtures come out in the order the file first names them.
 */
final class PlanogramBuilder {

    private record Row(Where where, PlanogramPosition position) {
    }

    private final Map<String, TreeMap<Integer, TreeMap<Integer, Row>>> fixtures = new LinkedHashMap<>();
    private final Map<String, Map<Gtin, Row>> gtins = new LinkedHashMap<>();

    void add(Where where, String fixture, PlanogramPosition position) throws PlanogramImportException {
        TreeMap<Integer, Row> shelf = fixtures.computeIfAbsent(fixture, f -> new TreeMap<>())
                .computeIfAbsent(position.shelf(), s -> new TreeMap<>());
        Row earlier = shelf.get(position.position());
        if (earlier != null) {
            throw new PlanogramImportException(ImportProblem.DUPLICATE_POSITION, where, fixture, position.shelf(),
                    position.position(), earlier.where());
        }
        Row sameGtin = gtins.computeIfAbsent(fixture, f -> new LinkedHashMap<>()).get(position.gtin());
        if (sameGtin != null) {
            throw new PlanogramImportException(ImportProblem.DUPLICATE_GTIN, where, fixture,
                    position.gtin().shortForm(), sameGtin.position().shelf(), sameGtin.position().position());
        }
        Row row = new Row(where, position);
        shelf.put(position.position(), row);
        gtins.get(fixture).put(position.gtin(), row);
    }

    List<Planogram> build(String fileName) throws PlanogramImportException {
        if (fixtures.isEmpty()) {
            throw new PlanogramImportException(ImportProblem.EMPTY, fileName);
        }
        List<Planogram> planograms = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, TreeMap<Integer, Row>>> fixture : fixtures.entrySet()) {
            List<List<PlanogramPosition>> shelves = new ArrayList<>();
            int expectedShelf = 1;
            for (Map.Entry<Integer, TreeMap<Integer, Row>> shelf : fixture.getValue().entrySet()) {
                if (shelf.getKey() != expectedShelf) {
                    throw new PlanogramImportException(ImportProblem.SHELF_GAP, fixture.getKey(), expectedShelf);
                }
                List<PlanogramPosition> positions = new ArrayList<>();
                int expectedPosition = 1;
                for (Map.Entry<Integer, Row> position : shelf.getValue().entrySet()) {
                    if (position.getKey() != expectedPosition) {
                        throw new PlanogramImportException(ImportProblem.POSITION_GAP, fixture.getKey(), shelf.getKey(),
                                expectedPosition);
                    }
                    positions.add(position.getValue().position());
                    expectedPosition++;
                }
                shelves.add(positions);
                expectedShelf++;
            }
            planograms.add(new Planogram(fixture.getKey(), shelves));
        }
        return planograms;
    }
}
