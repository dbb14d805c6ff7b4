package com.storedesk.planogram.match;

/**
 * Where something was scanned: the shelf (1 = top) and its place among that shelf's scanned
 * items from the left, counting repeats of one code (its facings) once.
 */
public record Place(int shelf, int position) {
}
