package com.storedesk.data.facts;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last store-local business dates a store has sales rollups for. */
public record SalesDays(long storeId, LocalDate first, LocalDate last) {

    public SalesDays {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }
}
