package com.storedesk.planogram.match;

import com.storedesk.planogram.model.PlanogramPosition;

/** A product of the planogram seen once more than it has places: it is also correct or moved elsewhere. */
public record SurplusItem(Place at, PlanogramPosition belongsAt) {
}
