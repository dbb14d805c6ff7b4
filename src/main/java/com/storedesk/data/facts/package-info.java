/**
 * Read-side facts for insight: what happened in one store over a bounded window of business dates,
 * aggregated by the database (per cashier and day, per product, per store-local hour, per traffic
 * interval). Each read is one query per store and window, served by the rollups or by the
 * (store, business date, time) indexes, so its cost follows the window, not the history.
 *
 * <p>Plain JDBC on {@link com.storedesk.data.Database#dataSource()}, portable SQL (H2 and
 * PostgreSQL). Records here carry no personal data of customers.
 */
package com.storedesk.data.facts;
