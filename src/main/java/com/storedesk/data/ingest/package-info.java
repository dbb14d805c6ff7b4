/**
 * The write side of ingest in plain JDBC: batched inserts and updates keyed by (source, external
 * id), reference lookups with {@code IN (...)} lists and a bounded cache, and rollup deltas applied in
 * the same transaction as the rows they sum. Validation and ordering live in
 * {@code com.storedesk.ingest}; this package holds the SQL.
 *
 * <p>Why not Hibernate here: history loads are millions of rows, and one {@code persist} per row
 * (with its entity in the session) is neither fast nor flat in memory. Every statement here is
 * portable (H2 2.x and PostgreSQL 15+): no {@code MERGE ... KEY}, no {@code ON CONFLICT}; an upsert
 * reads the keys first, then batches inserts and updates.
 */
package com.storedesk.data.ingest;
