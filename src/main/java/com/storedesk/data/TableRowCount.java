package com.storedesk.data;

/** How many rows one table holds; the table name is lower case. */
public record TableRowCount(String table, long rows) {
}
