package com.storedesk.planogram.model;

/**
 * Where in a planogram file a problem is: a CSV line (1 = the header) or, in JSON, the path to
 * the value, such as {@code fixtures[0].shelves[1].positions[2]}.
 */
public record Where(int line, String path) {

    public static Where line(int line) {
        return new Where(line, null);
    }

    public static Where path(String path) {
        return new Where(0, path);
    }

    public boolean isLine() {
        return path == null;
    }

    @Override
    public String toString() {
        return isLine() ? "line " + line : path;
    }
}
