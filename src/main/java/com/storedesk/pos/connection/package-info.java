/**
 * Which POS each store is pulled from: the connection settings administrators keep in Settings,
 * their secrets in the vault, the test that says what works, and the connectors built from them.
 */
package com.storedesk.pos.connection;
