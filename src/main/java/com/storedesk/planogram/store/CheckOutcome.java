package com.storedesk.planogram.store;

import com.storedesk.planogram.match.ComplianceResult;
import java.util.List;

/** A check as the screen shows it at once: the full result, what to do (with stock hints), and its saved id. */
public record CheckOutcome(long checkId, VersionInfo version, ComplianceResult result, List<CheckException> exceptions) {

    public CheckOutcome {
        exceptions = List.copyOf(exceptions);
    }
}
