package com.storedesk.planogram.store;

import com.storedesk.planogram.model.Planogram;

/** A stored version with its shelves and positions. */
public record PlanogramVersion(VersionInfo info, Planogram planogram) {
}
