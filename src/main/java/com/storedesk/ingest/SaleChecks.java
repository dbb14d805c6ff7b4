package com.storedesk.ingest;

import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** What must hold for a sale on its own: positive quantities, sane money, amounts that add up. */
final class SaleChecks {

    /** NUMERIC(6,3). */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SaleChecks() {
    }

    static void check(SaleRecorded sale, FirstProblem problem) {
        problem.fits(sale.storeExternalId(), "storeExternalId", 128)
                .fits(sale.voidReason(), "voidReason", 500)
                .notNegative(sale.taxMinor(), "taxMinor");
        Set<Integer> lineNos = new HashSet<>();
        long lineDiscounts = 0;
        for (SaleRecorded.Line line : sale.lines()) {
            problem.in("line", line.lineNo())
                    .check(line.lineNo() > 0, RejectReason.INVALID_VALUE, "line number is not positive")
                    .check(lineNos.add(line.lineNo()), RejectReason.INVALID_VALUE, "line number appears twice")
                    .positiveQuantity(line.quantity(), "quantity")
                    .notNegative(line.unitPriceMinor(), "unitPriceMinor")
                    .notNegative(line.discountMinor(), "discountMinor")
                    .notNegative(line.unitCostMinor(), "unitCostMinor");
            if (problem.found()) {
                return;
            }
            try {
                problem.check(line.discountMinor() <= line.grossMinor(), RejectReason.INVALID_AMOUNT,
                        "discount is larger than the gross amount");
                line.costMinor();
                lineDiscounts = Math.addExact(lineDiscounts, line.discountMinor());
            } catch (ArithmeticException tooLarge) {
                problem.check(false, RejectReason.INVALID_AMOUNT, "amounts are too large");
            }
        }
        problem.whole();
        if (problem.found()) {
            return;
        }
        try {
            sale.totalMinor();
        } catch (ArithmeticException tooLarge) {
            problem.check(false, RejectReason.INVALID_AMOUNT, "the sale's amounts are too large");
        }
        for (int t = 0; t < sale.tenders().size(); t++) {
            SaleRecorded.Tender tender = sale.tenders().get(t);
            problem.in("tender", t + 1).notNegative(tender.amountMinor(), "amountMinor")
                    .fits(tender.cardBrand(), "cardBrand", 32);
        }
        discounts(sale, lineNos, lineDiscounts, problem);
        problem.whole();
    }

    /** Discounts name lines the sale has, and together they are what the lines say was taken off. */
    private static void discounts(SaleRecorded sale, Set<Integer> lineNos, long lineDiscounts, FirstProblem problem) {
        long total = 0;
        for (int d = 0; d < sale.discounts().size(); d++) {
            SaleRecorded.Discount discount = sale.discounts().get(d);
            BigDecimal percent = discount.percent();
            problem.in("discount", d + 1).fits(discount.name(), "name", 200)
                    .notNegative(discount.amountMinor(), "amountMinor");
            if (discount.lineNo() != null && !lineNos.contains(discount.lineNo())) {
                problem.check(false, RejectReason.INVALID_VALUE,
                        "is for line " + discount.lineNo() + ", which the sale does not have");
            }
            problem.check(percent == null || percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0
                            && percent.stripTrailingZeros().scale() <= 3,
                            RejectReason.INVALID_VALUE, "percent is not between 0 and 100 with at most 3 decimals");
            total += Math.max(0, discount.amountMinor());
        }
        problem.whole();
        if (!sale.discounts().isEmpty() && total != lineDiscounts) {
            problem.check(false, RejectReason.INVALID_AMOUNT,
                    "the discounts add up to " + total + " but the lines' discounts to " + lineDiscounts);
        }
    }
}
