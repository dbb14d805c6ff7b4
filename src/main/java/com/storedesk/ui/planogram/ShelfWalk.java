package com.storedesk.ui.planogram;

import java.util.ArrayList;
import java.util.List;

/**
 * What has been scanned along a fixture so far: one list of codes per shelf, top shelf first, and
 * the shelf the associate is at. Codes from every source (scanner, typing, photos, a camera) land on
 * the current shelf in the order they arrive.
 */
final class ShelfWalk {

    private final int shelfCount;
    private final List<List<String>> shelves = new ArrayList<>();

    ShelfWalk(int shelfCount) {
        this.shelfCount = Math.max(1, shelfCount);
        shelves.add(new ArrayList<>());
    }

    /** 1 = the top shelf. */
    int shelf() {
        return shelves.size();
    }

    int shelfCount() {
        return shelfCount;
    }

    boolean onLastShelf() {
        return shelf() >= shelfCount;
    }

    void add(String code) {
        shelves.get(shelves.size() - 1).add(code);
    }

    /** Moves down one shelf; stays on the last one. */
    void nextShelf() {
        if (!onLastShelf()) {
            shelves.add(new ArrayList<>());
        }
    }

    List<String> current() {
        return List.copyOf(shelves.get(shelves.size() - 1));
    }

    int scanned() {
        return shelves.stream().mapToInt(List::size).sum();
    }

    /** Every shelf's codes, top first; shelves not reached are empty. */
    List<List<String>> shelves() {
        List<List<String>> all = new ArrayList<>();
        shelves.forEach(shelf -> all.add(List.copyOf(shelf)));
        while (all.size() < shelfCount) {
            all.add(List.of());
        }
        return all;
    }
}
