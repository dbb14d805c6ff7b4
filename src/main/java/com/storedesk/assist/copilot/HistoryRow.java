package com.storedesk.assist.copilot;

import com.storedesk.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One thing the customer bought: when (the store's business date), where, what, how many, for how much. */
public record HistoryRow(LocalDate date, String storeName, String sku, String productName, BigDecimal quantity,
        Money net) {
}
