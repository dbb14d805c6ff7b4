package com.storedesk.planogram.store;

/** A past check read back whole, with the version it was held against (for each position's SKU). */
public record SavedCheck(long id, PlanogramVersion version, CheckRecord check) {
}
