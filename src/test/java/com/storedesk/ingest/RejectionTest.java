package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.CAD;
import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.SOURCE;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.customer;
import static com.storedesk.ingest.TestEvents.employee;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.refund;
import static com.storedesk.ingest.TestEvents.refundLine;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.TrafficCounted;
import com.storedesk.data.IngestErrorRepository;
import com.storedesk.data.entity.IngestError;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad events are refused with a reason and logged; the good ones in the same batch land. */
class RejectionTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");

    private final IngestFixture fixture = new IngestFixture();

    @BeforeEach
    void catalog() {
        fixture.ingest(List.of(store("NY", NEW_YORK, USD), product("P1", 250, USD), employee("E1", "NY"),
                customer("C1")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static SaleRecorded good(String id) {
        return sale(id, "NY", USD, AT, AT, line(1, "P1", "2", 250, 0, 100L));
    }

    @Test
    void eachBadEventIsRefusedWithItsReasonAndTheGoodOnesLand() throws Exception {
        List<RetailEvent> batch = List.of(
                good("OK-1"),
                sale("BAD-store", "LA", USD, AT, AT, line(1, "P1", "1", 250, 0, null)),
                sale("BAD-product", "NY", USD, AT, AT, line(1, "P1", "1", 250, 0, null),
                        line(2, "P404", "1", 250, 0, null)),
                sale("BAD-quantity", "NY", USD, AT, AT, line(1, "P1", "-1", 250, 0, null)),
                sale("BAD-discount", "NY", USD, AT, AT, line(1, "P1", "1", 250, 300, null)),
                sale("BAD-price", "NY", USD, AT, AT, line(1, "P1", "1", -250, 0, null)),
                sale("BAD-currency", "NY", CAD, AT, AT, line(1, "P1", "1", 250, 0, null)),
                withCashier(good("BAD-cashier"), "E404"),
                refund("BAD-refund", "S404", "NY", USD, AT, 100),
                refund("BAD-too-much", "OK-1", "NY", USD, AT.plusSeconds(60), 600),
                new ShiftClocked(SOURCE, "BAD-shift", "NY", "E1", null, null, null, null, "CASHIER"),
                new TrafficCounted(SOURCE, "BAD-traffic", "NY", "door", AT, 15, -3, 2),
                good("OK-2"),
                refund("OK-refund", "OK-1", "NY", USD, AT.plusSeconds(60), 500, refundLine(1, 1, "P1", "2", 500)));

        IngestResult result = fixture.ingest(batch);

        assertThat(result.received()).isEqualTo(14);
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.rejections())
                .extracting(IngestRejection::externalId, IngestRejection::reason)
                .containsExactlyInAnyOrder(
                        tuple("BAD-store", RejectReason.UNKNOWN_STORE),
                        tuple("BAD-product", RejectReason.UNKNOWN_PRODUCT),
                        tuple("BAD-quantity", RejectReason.NEGATIVE_QUANTITY),
                        tuple("BAD-discount", RejectReason.INVALID_AMOUNT),
                        tuple("BAD-price", RejectReason.INVALID_AMOUNT),
                        tuple("BAD-currency", RejectReason.CURRENCY_MISMATCH),
                        tuple("BAD-cashier", RejectReason.UNKNOWN_EMPLOYEE),
                        tuple("BAD-refund", RejectReason.UNKNOWN_SALE),
                        tuple("BAD-too-much", RejectReason.INVALID_AMOUNT),
                        tuple("BAD-shift", RejectReason.MISSING_FIELD),
                        tuple("BAD-traffic", RejectReason.NEGATIVE_QUANTITY));
        assertThat(fixture.rows("SELECT external_id FROM sale")).containsExactly("external_id=OK-1",
                "external_id=OK-2");
        assertThat(fixture.rows("SELECT external_id FROM refund")).containsExactly("external_id=OK-refund");

        List<IngestError> logged = new IngestErrorRepository(fixture.db).recent(50);
        assertThat(logged).extracting(IngestError::getExternalId, IngestError::getReason, IngestError::getEventType)
                .contains(tuple("BAD-product", "UNKNOWN_PRODUCT", "SaleRecorded"),
                        tuple("BAD-refund", "UNKNOWN_SALE", "RefundRecorded"))
                .hasSize(11);
        assertThat(logged).filteredOn(e -> e.getExternalId().equals("BAD-product")).singleElement()
                .extracting(IngestError::getDetail).asString().isEqualTo("line 2: product P404 is not known");
        assertThat(logged).filteredOn(e -> e.getExternalId().equals("BAD-quantity")).singleElement()
                .extracting(IngestError::getDetail).asString().isEqualTo("line 1: quantity must be positive");
        assertThat(logged).allSatisfy(e -> assertThat(e.getReceivedAt()).isEqualTo(IngestFixture.START));
    }

    @Test
    void aRefundLaterInTheBatchThanItsSaleIsAcceptedAndRefundsCannotExceedTheSale() throws Exception {
        IngestResult result = fixture.ingest(List.of(
                refund("R1", "S1", "NY", USD, AT.plusSeconds(60), 300),
                good("S1"),
                refund("R2", "S1", "NY", USD, AT.plusSeconds(120), 200),
                refund("R3", "S1", "NY", USD, AT.plusSeconds(180), 1)));

        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.externalId()).isEqualTo("R3");
            assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_AMOUNT);
        });
        assertThat(fixture.ingest(List.of(refund("R4", "S1", "NY", USD, AT.plusSeconds(240), 1))).rejections())
                .extracting(IngestRejection::reason).containsExactly(RejectReason.INVALID_AMOUNT);
    }

    @Test
    void discountsThatDoNotAddUpToTheLinesAreMalformedMoney() {
        SaleRecorded sale = new SaleRecorded(SOURCE, "S1", "NY", null, "E1", "C1", AT, AT, SaleStatus.COMPLETED, null,
                null, null, USD, 0, List.of(line(1, "P1", "2", 250, 50, null)),
                List.of(new SaleRecorded.Tender(TenderType.CASH, 450, null)),
                List.of(new SaleRecorded.Discount("Staff", DiscountType.AMOUNT, null, 40, 1, "E1")));

        IngestResult result = fixture.ingest(List.of(sale));

        assertThat(result.rejections()).extracting(IngestRejection::reason, IngestRejection::detail)
                .containsExactly(tuple(RejectReason.INVALID_AMOUNT, "the discounts add up to 40 but the lines' discounts to 50"));
    }

    @Test
    void refusalsNeverCarryPersonalData() throws Exception {
        IngestResult result = fixture.ingest(List.of(new CustomerUpserted(SOURCE, "C2",
                null, "Ada", "Lovelace", "ada@" + "x".repeat(300) + ".example", "+1 555 0100", false)));

        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_VALUE);
            assertThat(rejection.detail()).isEqualTo("email is longer than 254 characters");
        });
        assertThat(fixture.rows("SELECT * FROM ingest_error")).singleElement().asString()
                .doesNotContain("Ada", "Lovelace", "ada@", "555");
    }

    @Test
    void everyReasonHasAMessageInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            for (RejectReason reason : RejectReason.values()) {
                assertThat(messages.get(reason.messageKey())).as("%s in %s", reason, language).doesNotStartWith("!");
            }
        }
    }

    private static SaleRecorded withCashier(SaleRecorded sale, String cashier) {
        return new SaleRecorded(sale.source(), sale.externalId(), sale.storeExternalId(), null, cashier, null,
                sale.occurredAt(), sale.updatedAt(), sale.status(), null, null, null, sale.currency(), 0, sale.lines(),
                sale.tenders(), sale.discounts());
    }
}
