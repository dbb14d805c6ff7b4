package com.storedesk.insight.district;

import java.time.LocalDate;

/** A store's standing net sales (after discounts, before tax, voids left out) on one day, in minor units. */
public record DailyNet(LocalDate date, long netMinor) {
}
