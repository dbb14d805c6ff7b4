package com.storedesk.ui.planogram;

import com.storedesk.planogram.match.Place;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.model.PlanogramPosition;

/**
 * One line of the positions table: the planogram's position, the catalog's name for its product
 * (empty when the catalog does not know the SKU) and, after a check, what the check found there.
 */
record PositionRow(PlanogramPosition position, String productName, PositionStatus status, Place foundAt) {

    PositionRow withOutcome(PositionStatus status, Place foundAt) {
        return new PositionRow(position, productName, status, foundAt);
    }
}
