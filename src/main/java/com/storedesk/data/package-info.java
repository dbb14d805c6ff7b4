/**
 * The database: where it lives ({@link com.storedesk.data.DatabaseLocation}), opening it
 * ({@link com.storedesk.data.Database}: HikariCP pool, Flyway migrations from
 * {@code db/migration}, Hibernate validated against them), and read models for screens.
 *
 * <p>Flyway owns the schema; Hibernate never creates or alters tables ({@code hbm2ddl=validate}).
 * The same migrations run on the embedded H2 file and on a shared PostgreSQL, so they use
 * portable SQL only. Nothing here imports JavaFX or any StoreDesk package but {@code core}.
 */
package com.storedesk.data;
