package com.storedesk.planogram.match;

/** A scanned code that is not on the planogram, as it was scanned, and where. */
public record UnexpectedCode(Place at, String code) {
}
