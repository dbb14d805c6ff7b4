package com.storedesk.ingest;

import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import com.storedesk.data.ingest.References;
import com.storedesk.data.ingest.RefundTarget;
import com.storedesk.data.ingest.SourceKey;
import com.storedesk.data.ingest.StoreRef;
import java.sql.SQLException;
import java.util.Currency;

/**
 * Checks against what the database knows: every store, product, employee, register, customer and
 * sale an event names must exist (in the database or earlier in the batch), and money must be in
 * the store's currency. The references must have been loaded for the batch first, so each check
 * is a map look-up.
 */
final class ReferenceChecks {

    private final References references;

    ReferenceChecks(References references) {
        this.references = references;
    }

    Problem employee(EmployeeUpserted employee) throws SQLException {
        FirstProblem problem = new FirstProblem();
        if (employee.homeStoreExternalId() != null) {
            store(employee.source(), employee.homeStoreExternalId(), problem);
        }
        return problem.get();
    }

    Problem sale(SaleRecorded sale) throws SQLException {
        FirstProblem problem = new FirstProblem();
        String source = sale.source();
        StoreRef store = store(source, sale.storeExternalId(), problem);
        if (store != null) {
            sameCurrency(sale.currency(), store.currency(), "the store's", problem);
        }
        if (sale.registerExternalId() != null && references.register(key(source, sale.registerExternalId())) == null) {
            problem.check(false, RejectReason.UNKNOWN_REGISTER, "register " + sale.registerExternalId()
                    + " is not known");
        }
        employee(source, sale.cashierExternalId(), "cashier", problem);
        employee(source, sale.voidedByExternalId(), "voidedBy", problem);
        if (sale.customerExternalId() != null && references.customer(key(source, sale.customerExternalId())) == null) {
            problem.check(false, RejectReason.UNKNOWN_CUSTOMER, "customer " + sale.customerExternalId()
                    + " is not known");
        }
        for (SaleRecorded.Line line : sale.lines()) {
            if (references.product(key(source, line.productExternalId())) == null) {
                problem.in("line", line.lineNo()).check(false, RejectReason.UNKNOWN_PRODUCT,
                        "product " + line.productExternalId() + " is not known");
            }
        }
        problem.whole();
        for (SaleRecorded.Discount discount : sale.discounts()) {
            employee(source, discount.appliedByExternalId(), "discount appliedBy", problem);
        }
        return problem.get();
    }

    /**
     * @param target the stored sale it refunds, or null when there is none
     * @param refundedInBatch refunds of that sale accepted earlier in this batch
     */
    Problem refund(RefundRecorded refund, RefundTarget target, long refundedInBatch) throws SQLException {
        FirstProblem problem = new FirstProblem();
        String source = refund.source();
        StoreRef store = store(source, refund.storeExternalId(), problem);
        if (target == null) {
            return problem.check(false, RejectReason.UNKNOWN_SALE, "sale " + refund.originalSaleExternalId()
                    + " is not known").get();
        }
        if (store != null) {
            sameCurrency(refund.currency(), store.currency(), "the store's", problem);
        }
        sameCurrency(refund.currency(), target.currency(), "the sale's", problem);
        employee(source, refund.employeeExternalId(), "employee", problem);
        for (RefundRecorded.Line line : refund.lines()) {
            problem.in("line", line.lineNo());
            if (references.product(key(source, line.productExternalId())) == null) {
                problem.check(false, RejectReason.UNKNOWN_PRODUCT, "product " + line.productExternalId()
                        + " is not known");
            }
            if (line.saleLineNo() != null && !target.lineIds().containsKey(line.saleLineNo())) {
                problem.check(false, RejectReason.UNKNOWN_SALE, "sale " + refund.originalSaleExternalId()
                        + " has no line " + line.saleLineNo());
            }
        }
        long refunded = target.refundedMinor() + refundedInBatch + refund.amountMinor();
        if (refunded > target.totalMinor()) {
            problem.whole().check(false, RejectReason.INVALID_AMOUNT, "refunds of sale "
                    + refund.originalSaleExternalId() + " would add up to " + refunded + ", more than its total "
                    + target.totalMinor());
        }
        return problem.get();
    }

    Problem stockCount(StockCounted count) throws SQLException {
        FirstProblem problem = new FirstProblem();
        store(count.source(), count.storeExternalId(), problem);
        product(count.source(), count.productExternalId(), problem);
        return problem.get();
    }

    Problem movement(StockMoved movement) throws SQLException {
        FirstProblem problem = new FirstProblem();
        store(movement.source(), movement.storeExternalId(), problem);
        product(movement.source(), movement.productExternalId(), problem);
        employee(movement.source(), movement.employeeExternalId(), "employee", problem);
        return problem.get();
    }

    Problem traffic(TrafficCounted count) throws SQLException {
        FirstProblem problem = new FirstProblem();
        store(count.source(), count.storeExternalId(), problem);
        return problem.get();
    }

    Problem shift(ShiftClocked shift) throws SQLException {
        FirstProblem problem = new FirstProblem();
        store(shift.source(), shift.storeExternalId(), problem);
        employee(shift.source(), shift.employeeExternalId(), "employee", problem);
        return problem.get();
    }

    private StoreRef store(String source, String externalId, FirstProblem problem) throws SQLException {
        StoreRef store = references.store(key(source, externalId));
        if (store == null) {
            problem.check(false, RejectReason.UNKNOWN_STORE, "store " + externalId + " is not known");
        }
        return store;
    }

    private void product(String source, String externalId, FirstProblem problem) throws SQLException {
        if (references.product(key(source, externalId)) == null) {
            problem.check(false, RejectReason.UNKNOWN_PRODUCT, "product " + externalId + " is not known");
        }
    }

    private void employee(String source, String externalId, String role, FirstProblem problem) throws SQLException {
        if (externalId != null && references.employee(key(source, externalId)) == null) {
            problem.check(false, RejectReason.UNKNOWN_EMPLOYEE, role + " " + externalId + " is not known");
        }
    }

    private static void sameCurrency(Currency given, Currency expected, String whose, FirstProblem problem) {
        if (!given.equals(expected)) {
            problem.check(false, RejectReason.CURRENCY_MISMATCH, "amounts are in " + given.getCurrencyCode() + ", "
                    + whose + " currency is " + expected.getCurrencyCode());
        }
    }

    private static SourceKey key(String source, String externalId) {
        return new SourceKey(source, externalId);
    }
}
