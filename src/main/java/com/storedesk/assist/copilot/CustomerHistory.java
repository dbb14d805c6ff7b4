package com.storedesk.assist.copilot;

import com.storedesk.core.Money;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.PurchaseLine;
import java.util.List;
import java.util.Objects;

/** What a customer bought in a span of dates, newest first. Blocking: reads the database. */
public final class CustomerHistory {

    /** Lines an answer lists: enough for a season of visits, few enough to read at the counter. */
    public static final int MOST = 20;

    private final CustomerFactsRepository customers;

    public CustomerHistory(CustomerFactsRepository customers) {
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    public List<HistoryRow> of(long customerId, DateRange period) {
        return customers.purchases(customerId).stream().filter(line -> period.contains(line.businessDate()))
                .limit(MOST).map(CustomerHistory::row).toList();
    }

    private static HistoryRow row(PurchaseLine line) {
        return new HistoryRow(line.businessDate(), line.storeName(), line.sku(), line.productName(), line.quantity(),
                Money.ofMinor(line.netMinor(), line.currency()));
    }
}
