/**
 * The audit trail: an append-only, hash-chained record of who did what, on which store, and with
 * which model, so that a later reader can trust it has not been edited.
 */
package com.storedesk.audit;
