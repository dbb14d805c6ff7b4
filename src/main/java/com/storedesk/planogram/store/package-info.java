/**
 * A store's planograms and the checks of its fixtures, kept in the database: every import or edit
 * adds an immutable version, every check is saved with the version it was held against, its
 * per-position outcomes, shelf and fixture scores and what to do. Plain JDBC, portable SQL (V16).
 */
package com.storedesk.planogram.store;
