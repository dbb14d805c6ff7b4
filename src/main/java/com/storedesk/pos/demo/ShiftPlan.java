package com.storedesk.pos.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One store-day's shifts, and who is at the tills at a given moment. */
final class ShiftPlan {

    private final List<PlannedShift> shifts;

    ShiftPlan(List<PlannedShift> shifts) {
        this.shifts = List.copyOf(shifts);
    }

    List<PlannedShift> shifts() {
        return shifts;
    }

    /**
     * A cashier on duty at their register, picked at random among those clocked in; a supervisor
     * or the manager steps in when no cashier is; with nobody clocked in (live mode at night) any
     * of the store's cashiers, on register 1.
     */
    Checkout checkoutAt(Instant at, SplittableRandom random, Staff staff, DemoStore store) {
        List<PlannedShift> cashiers = new ArrayList<>(4);
        List<PlannedShift> seniors = new ArrayList<>(3);
        for (PlannedShift shift : shifts) {
            if (shift.onDuty(at)) {
                if (shift.role().equals(DemoEmployee.CASHIER)) {
                    cashiers.add(shift);
                } else if (!shift.role().equals(DemoEmployee.ASSOCIATE)) {
                    seniors.add(shift);
                }
            }
        }
        DemoEmployee supervisor = seniors.isEmpty() ? null : seniors.get(0).employee();
        if (!cashiers.isEmpty()) {
            PlannedShift shift = cashiers.get(random.nextInt(cashiers.size()));
            // An unscheduled cashier has no register of their own and helps out on the first.
            return new Checkout(shift.employee(), Math.max(1, shift.register()),
                    supervisor == null ? shift.employee() : supervisor);
        }
        if (!seniors.isEmpty()) {
            PlannedShift shift = seniors.get(random.nextInt(seniors.size()));
            return new Checkout(shift.employee(), 1, supervisor);
        }
        DemoEmployee anyone = Draws.oneOf(random, staff.at(store.index(), DemoEmployee.CASHIER));
        return new Checkout(anyone, 1, staff.manager(store.index()));
    }

    /** A senior on duty to handle a refund, else a cashier, else the manager. */
    DemoEmployee refundClerkAt(Instant at, Staff staff, DemoStore store) {
        DemoEmployee cashier = null;
        for (PlannedShift shift : shifts) {
            if (shift.onDuty(at)) {
                String role = shift.role();
                if (role.equals(DemoEmployee.SUPERVISOR) || role.equals(DemoEmployee.MANAGER)) {
                    return shift.employee();
                }
                if (cashier == null && role.equals(DemoEmployee.CASHIER)) {
                    cashier = shift.employee();
                }
            }
        }
        return cashier != null ? cashier : staff.manager(store.index());
    }

    /** Who signs for deliveries: the first associate scheduled, else the manager. */
    DemoEmployee receiver(Staff staff, DemoStore store) {
        for (PlannedShift shift : shifts) {
            if (shift.role().equals(DemoEmployee.ASSOCIATE) && shift.scheduledStart() != null) {
                return shift.employee();
            }
        }
        return staff.manager(store.index());
    }
}
