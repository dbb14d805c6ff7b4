/**
 * Read-only facts for {@code insight}: what a store sold, counted and worked on a day or over a
 * window, read from the rollups and from indexed store-day ranges, never by scanning the history.
 * Plain JDBC into records; nothing here interprets the numbers.
 */
package com.storedesk.data.facts;
