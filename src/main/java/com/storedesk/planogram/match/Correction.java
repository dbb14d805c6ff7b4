package com.storedesk.planogram.match;

import com.storedesk.planogram.model.PlanogramPosition;

/** One thing to do to make a fixture match its planogram; {@link ComplianceText} puts it into words. */
public sealed interface Correction {

    /** Take the product from where it was scanned to its planogram position. */
    record Move(PlanogramPosition to, Place from) implements Correction {
    }

    /** The product is nowhere on the fixture: fill the gap from the back room or reorder. */
    record Fill(PlanogramPosition position) implements Correction {
    }

    /** Take off the fixture a product that is not on its planogram. */
    record Remove(UnexpectedCode code) implements Correction {
    }

    /** Take off an extra unit of a product that already has its place. */
    record RemoveSurplus(SurplusItem item) implements Correction {
    }
}
