package com.storedesk.pos.demo;

import com.storedesk.core.event.EmployeeUpserted;
import java.time.DayOfWeek;

/**
 * A member of staff.
 *
 * @param storeIndex the home store, or -1 for the district manager who floats between stores
 * @param number position within the store's staff list, 1-based (1 is the manager)
 * @param discountHappy the seeded anomaly: gives far more and deeper discounts than peers
 */
record DemoEmployee(String externalId, int storeIndex, int number, String displayName, String role,
        boolean discountHappy) {

    static final String MANAGER = "MANAGER";
    static final String SUPERVISOR = "SUPERVISOR";
    static final String CASHIER = "CASHIER";
    static final String ASSOCIATE = "ASSOCIATE";
    static final String DISTRICT_MANAGER = "DISTRICT_MANAGER";

    /** Everyone works five days a week; which two are off follows from their place on the list. */
    boolean worksOn(DayOfWeek day) {
        int index = day.getValue() - 1;
        return index != (number * 2) % 7 && index != (number * 2 + 1) % 7;
    }

    EmployeeUpserted toEvent(String source, String homeStoreExternalId) {
        return new EmployeeUpserted(source, externalId, homeStoreExternalId, displayName, role, true);
    }
}
