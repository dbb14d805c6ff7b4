package com.storedesk.data;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A store with the store-local business dates of its first and last sale.
 *
 * @param firstSaleDate empty for a store without sales
 */
public record StoreSalesSpan(StoreSummary store, Optional<LocalDate> firstSaleDate, Optional<LocalDate> lastSaleDate) {
}
