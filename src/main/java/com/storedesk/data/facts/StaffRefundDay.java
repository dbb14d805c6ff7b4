package com.storedesk.data.facts;

import java.time.LocalDate;
import java.util.Objects;

/** The refunds one employee processed at one store on one business date. */
public record StaffRefundDay(long employeeId, String name, LocalDate date, int refunds, long refundMinor) {

    public StaffRefundDay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }
}
