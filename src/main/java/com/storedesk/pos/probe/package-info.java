/**
 * "Test connection" as the platforms share it: one call tried once, read for how far it got (server
 * reached, token accepted, account and location found). Each platform's probe lives in its own
 * package and says which call proves it.
 */
package com.storedesk.pos.probe;
