package com.storedesk.planogram.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A scans file as a handheld scanner fills it: one code per line, a blank line between shelves,
 * top shelf first. Each further blank line in a row stands for a shelf with nothing scanned on
 * it, so a file that starts with a blank line has an empty top shelf; blank lines at the end
 * mean nothing.
 */
public final class ShelfScans {

    private ShelfScans() {
    }

    public static List<List<String>> parse(List<String> lines) {
        List<List<String>> shelves = new ArrayList<>();
        List<String> shelf = new ArrayList<>();
        for (String line : lines) {
            String code = line.strip();
            if (code.isEmpty()) {
                shelves.add(shelf);
                shelf = new ArrayList<>();
            } else {
                shelf.add(code);
            }
        }
        shelves.add(shelf);
        while (!shelves.isEmpty() && shelves.get(shelves.size() - 1).isEmpty()) {
            shelves.remove(shelves.size() - 1);
        }
        return shelves.stream().map(List::copyOf).toList();
    }
}
