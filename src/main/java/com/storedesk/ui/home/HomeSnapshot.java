package com.storedesk.ui.home;

import com.storedesk.data.DatabaseInfo;
import com.storedesk.data.StoreSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything Home shows, read in one go off the FX thread. */
record HomeSnapshot(
        List<StoreSummary> stores,
        DatabaseInfo database,
        Optional<Instant> latestSale,
        Optional<Instant> lastSync,
        Instant readAt) {
}
