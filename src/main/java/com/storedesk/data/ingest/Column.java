package com.storedesk.data.ingest;

/** A column written by ingest: its name in the schema and how its value travels. */
record Column(String name, ColumnType type) {

    static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    static Column longs(String name) {
        return new Column(name, ColumnType.LONG);
    }

    static Column ints(String name) {
        return new Column(name, ColumnType.INT);
    }

    static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }

    static Column instant(String name) {
        return new Column(name, ColumnType.INSTANT);
    }

    static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    static Column decimal(String name) {
        return new Column(name, ColumnType.DECIMAL);
    }
}
