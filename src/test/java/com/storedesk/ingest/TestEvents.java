package com.storedesk.ingest;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Short ways to write the events tests send; everything in source {@value #SOURCE}. */
final class TestEvents {

    static final String SOURCE = "test";
    static final Currency USD = Currency.getInstance("USD");
    static final Currency INR = Currency.getInstance("INR");
    static final Currency CAD = Currency.getInstance("CAD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

    private TestEvents() {
    }

    static StoreUpserted store(String id, ZoneId zone, Currency currency, String... registers) {
        return new StoreUpserted(SOURCE, id, "C-" + id, "Store " + id, zone, currency, "City", null, "US", "MALL",
                Arrays.stream(registers).map(r -> new StoreUpserted.Register(r, "Till " + r)).toList());
    }

    static ProductUpserted product(String id, long priceMinor, Currency currency) {
        return new ProductUpserted(SOURCE, id, "SKU-" + id, null, "Product " + id, "Grocery", "EACH", 100L,
                priceMinor, currency, false, null, true);
    }

    static EmployeeUpserted employee(String id, String homeStore) {
        return new EmployeeUpserted(SOURCE, id, homeStore, "Employee " + id, "CASHIER", true);
    }

    static CustomerUpserted customer(String id) {
        return new CustomerUpserted(SOURCE, id, "L-" + id, "Ada", "Lovelace", "ada@example.com", "+1 555 0100",
                true);
    }

    static SaleRecorded.Line line(int lineNo, String product, String quantity, long unitPriceMinor, long discountMinor,
            Long unitCostMinor) {
        return new SaleRecorded.Line(lineNo, product, new BigDecimal(quantity), unitPriceMinor, discountMinor,
                unitCostMinor);
    }

    /** A completed sale paid by card for its total. */
    static SaleRecorded sale(String id, String store, Currency currency, Instant at, Instant version,
            SaleRecorded.Line... lines) {
        return sale(id, store, currency, at, version, SaleStatus.COMPLETED, List.of(lines));
    }

    static SaleRecorded sale(String id, String store, Currency currency, Instant at, Instant version,
            SaleStatus status, List<SaleRecorded.Line> lines) {
        long total = lines.stream().mapToLong(SaleRecorded.Line::netMinor).sum();
        return new SaleRecorded(SOURCE, id, store, null, null, null, at, version, status,
                status == SaleStatus.VOIDED ? version : null, null, status == SaleStatus.VOIDED ? "mistake" : null,
                currency, 0, lines, List.of(new SaleRecorded.Tender(TenderType.CARD, total, "VISA")), List.of());
    }

    /** The same sale, voided in a later version. */
    static SaleRecorded voided(SaleRecorded sale, Instant version) {
        return new SaleRecorded(sale.source(), sale.externalId(), sale.storeExternalId(), sale.registerExternalId(),
                sale.cashierExternalId(), sale.customerExternalId(), sale.occurredAt(), version, SaleStatus.VOIDED,
                version, null, "customer changed their mind", sale.currency(), sale.taxMinor(), sale.lines(),
                sale.tenders(), sale.discounts());
    }

    /** The same sale with other lines, in a later version. */
    static SaleRecorded withLines(SaleRecorded sale, Instant version, SaleRecorded.Line... lines) {
        return sale(sale.externalId(), sale.storeExternalId(), sale.currency(), sale.occurredAt(), version,
                sale.status(), List.of(lines));
    }

    static RefundRecorded refund(String id, String sale, String store, Currency currency, Instant at, long amountMinor,
            RefundRecorded.Line... lines) {
        return new RefundRecorded(SOURCE, id, sale, store, null, at, currency, amountMinor, "damaged", List.of(lines));
    }

    static RefundRecorded.Line refundLine(int lineNo, Integer saleLineNo, String product, String quantity,
            long amountMinor) {
        return new RefundRecorded.Line(lineNo, saleLineNo, product, new BigDecimal(quantity), amountMinor, true);
    }
}
