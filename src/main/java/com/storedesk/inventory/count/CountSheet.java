package com.storedesk.inventory.count;

import java.util.List;
import java.util.Objects;

/** A count with its lines in the order they were first added. */
public record CountSheet(CountSession session, List<CountLine> lines) {

    public CountSheet {
        Objects.requireNonNull(session, "session");
        lines = List.copyOf(lines);
    }

    /** The products counted. */
    public List<CountLine> products() {
        return lines.stream().filter(CountLine::known).toList();
    }

    /** The codes the catalog did not know, kept aside. */
    public List<CountLine> unknownCodes() {
        return lines.stream().filter(line -> !line.known()).toList();
    }
}
