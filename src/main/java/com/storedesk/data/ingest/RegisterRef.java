package com.storedesk.data.ingest;

/** A register's id and the store it belongs to. */
public record RegisterRef(long id, long storeId) {
}
