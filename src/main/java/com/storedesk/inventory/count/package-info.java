/**
 * Cycle counts: an associate counts what is at one location of a store (a scan adds one, a typed
 * quantity sets it), each line saved as it is added; finishing compares the count with the stock
 * StoreDesk knows and proposes a stock adjustment for each difference beyond the tolerance, through
 * the approval inbox like every other proposer. Blocking services: call them off the FX thread.
 */
package com.storedesk.inventory.count;
