package com.storedesk.data.facts;

import java.time.LocalDate;
import java.util.Objects;

/** All refunds of one store on one business date, whoever processed them. */
public record StoreRefundDay(LocalDate date, int refunds, long refundMinor) {

    public StoreRefundDay {
        Objects.requireNonNull(date, "date");
    }
}
