package com.storedesk.ingest;

import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.core.event.TrafficCounted;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that need nothing but the event itself: fields that must fit their columns, amounts and
 * quantities that cannot be right. Sales and refunds have their own classes. References to other
 * records are checked later, against the database ({@link ReferenceChecks}).
 */
final class EventChecks {

    private EventChecks() {
    }

    /** The first thing wrong with {@code event}, or null. */
    static Problem check(RetailEvent event) {
        FirstProblem problem = new FirstProblem()
                .fits(event.source(), "source", 64)
                .fits(event.externalId(), "externalId", 128);
        if (event instanceof StoreUpserted store) {
            store(store, problem);
        } else if (event instanceof EmployeeUpserted employee) {
            problem.fits(employee.displayName(), "displayName", 200).fits(employee.jobRole(), "jobRole", 32)
                    .fits(employee.homeStoreExternalId(), "homeStoreExternalId", 128);
        } else if (event instanceof ProductUpserted product) {
            product(product, problem);
        } else if (event instanceof CustomerUpserted customer) {
            problem.fits(customer.loyaltyId(), "loyaltyId", 64).fits(customer.firstName(), "firstName", 100)
                    .fits(customer.lastName(), "lastName", 100).fits(customer.email(), "email", 254)
                    .fits(customer.phone(), "phone", 32);
        } else if (event instanceof SaleRecorded sale) {
            SaleChecks.check(sale, problem);
        } else if (event instanceof RefundRecorded refund) {
            RefundChecks.check(refund, problem);
        } else if (event instanceof StockCounted count) {
            problem.storableQuantity(count.onHand(), "onHand");
        } else if (event instanceof StockMoved movement) {
            problem.storableQuantity(movement.quantityDelta(), "quantityDelta")
                    .fits(movement.reference(), "reference", 128);
        } else if (event instanceof TrafficCounted traffic) {
            problem.fits(traffic.sensorId(), "sensorId", 64)
                    .check(traffic.intervalMinutes() > 0, RejectReason.INVALID_VALUE, "intervalMinutes must be positive")
                    .check(traffic.visitorsIn() >= 0 && traffic.visitorsOut() >= 0, RejectReason.NEGATIVE_QUANTITY,
                            "visitor counts must not be negative");
        } else if (event instanceof ShiftClocked shift) {
            shift(shift, problem);
        }
        return problem.get();
    }

    private static void store(StoreUpserted store, FirstProblem problem) {
        problem.fits(store.code(), "code", 32).fits(store.name(), "name", 200)
                .fits(store.timeZone().getId(), "timeZone", 64).fits(store.city(), "city", 100)
                .fits(store.region(), "region", 100).fits(store.retailProfile(), "retailProfile", 32)
                .check(store.countryCode() == null || store.countryCode().matches("[A-Z]{2}"),
                        RejectReason.INVALID_VALUE, "countryCode is not two capital letters");
        Set<String> registers = new HashSet<>();
        for (StoreUpserted.Register register : store.registers()) {
            problem.fits(register.externalId(), "register externalId", 128)
                    .fits(register.name(), "register name", 100)
                    .check(registers.add(register.externalId()), RejectReason.INVALID_VALUE,
                            "register " + register.externalId() + " is listed twice");
        }
    }

    private static void product(ProductUpserted product, FirstProblem problem) {
        problem.fits(product.sku(), "sku", 64).fits(product.gtin(), "gtin", 14).fits(product.name(), "name", 200)
                .fits(product.category(), "category", 100).fits(product.unitOfMeasure(), "unitOfMeasure", 16)
                .notNegative(product.priceMinor(), "priceMinor")
                .notNegative(product.unitCostMinor(), "unitCostMinor")
                .check(product.shelfLifeDays() == null || product.shelfLifeDays() > 0, RejectReason.INVALID_VALUE,
                        "shelfLifeDays must be positive");
    }

    private static void shift(ShiftClocked shift, FirstProblem problem) {
        problem.fits(shift.role(), "role", 32)
                .check(shift.scheduledStart() != null || shift.clockIn() != null, RejectReason.MISSING_FIELD,
                        "a shift needs a scheduledStart or a clockIn")
                .check(shift.scheduledStart() == null || shift.scheduledEnd() == null
                        || shift.scheduledEnd().isAfter(shift.scheduledStart()), RejectReason.INVALID_VALUE,
                        "scheduledEnd is not after scheduledStart")
                .check(shift.clockIn() == null || shift.clockOut() == null || !shift.clockOut().isBefore(shift.clockIn()),
                        RejectReason.INVALID_VALUE, "clockOut is before clockIn");
    }
}
