package com.storedesk.pos.clover;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.ingest.sync.SyncTotals;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full pass over Clover payloads shaped as its API documents lands as the canonical rows and totals. */
class CloverHistoryTest {

    private CloverSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new CloverSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theMerchantStaffItemsCustomersAndStockArrive() throws Exception {
        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(fixture.rows("SELECT source, external_id, name, time_zone, currency, city, region, country_code"
                + " FROM store")).containsExactly(
                "clover:7R56PZ0Z0EAB1|7R56PZ0Z0EAB1|Corner Market|America/Los_Angeles|USD|Sunnyvale|CA|US");
        assertThat(fixture.rows("SELECT external_id, display_name, job_role, active FROM employee ORDER BY external_id"))
                .containsExactly("DFLTEMPLOYEE|Rosa Owner|OWNER|true", "E1CASHIER0001|Ben Till|EMPLOYEE|true");
        assertThat(fixture.rows("SELECT external_id, sku, gtin, name, category, unit_of_measure, unit_cost_minor,"
                + " price_minor, active FROM product ORDER BY external_id")).containsExactly(
                "1CF022RN5TGDM|1CF022RN5TGDM|null|Pizza Slice|null|EACH|null|250|false",
                "EWKZEMNCBQQ9Y|COF-1|036000291452|Coffee Beans|null|EACH|null|1299|true",
                "V33H8XGTZCKNP|APL-LB|null|Apples|Produce|LB|80|199|true",
                "custom-amount|custom-amount|null|Custom amount|null|EACH|null|0|true");
        assertThat(fixture.rows("SELECT external_id, first_name, email, phone, marketing_consent FROM customer"))
                .containsExactly("Q1VSTOMER0001|Ada|ada@example.com|555-0199|true");
        assertThat(fixture.rows("SELECT p.external_id, l.on_hand FROM stock_level l JOIN product p ON p.id = l.product_id"
                + " ORDER BY p.external_id")).containsExactly("EWKZEMNCBQQ9Y|12.000", "V33H8XGTZCKNP|40.500");
    }

    @Test
    void lineAndOrderDiscountsAddUpAndTaxIsWhatTheTotalHoldsBeyondTheGoods() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT external_id, subtotal_minor, discount_minor, tax_minor, total_minor FROM sale"
                + " ORDER BY external_id")).as("the open order is a cart, not a sale").containsExactly(
                "ORDERA0000001|2598|230|201|2569", "ORDERB0000001|848|0|0|848", "ORDERC0000001|2598|0|221|2819");
        assertThat(fixture.rows("SELECT l.line_no, l.discount_minor FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                + " WHERE s.external_id = 'ORDERA0000001' ORDER BY l.line_no"))
                .as("10% of the first line, the $1 off shared by net").containsExactly("1|177", "2|53");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, l.line_no FROM sale_discount d"
                + " JOIN sale s ON s.id = d.sale_id LEFT JOIN sale_line l ON l.id = d.sale_line_id"
                + " WHERE s.external_id = 'ORDERA0000001' ORDER BY d.amount_minor"))
                .containsExactly("$1 off|AMOUNT|null|100|null", "Staff 10%|PERCENT|10.000|130|1");
    }

    @Test
    void aWeighedLineACustomAmountAGiftCardAndACustomer() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT l.line_no, p.external_id, l.quantity, l.unit_price_minor, l.net_minor"
                + " FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id"
                + " WHERE s.external_id = 'ORDERB0000001' ORDER BY l.line_no"))
                .containsExactly("1|V33H8XGTZCKNP|1.500|199|298", "2|custom-amount|1.000|550|550");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor, t.card_brand FROM sale_tender t"
                + " JOIN sale s ON s.id = t.sale_id WHERE s.external_id = 'ORDERB0000001' ORDER BY t.amount_minor"))
                .as("the tip stays out").containsExactly("CARD|348|VISA", "GIFT_CARD|500|null");
        assertThat(fixture.rows("SELECT c.external_id FROM sale s JOIN customer c ON c.id = s.customer_id"))
                .containsExactly("Q1VSTOMER0001");
    }

    @Test
    void aRefundIsLinkedToItsOrdersSaleAndLine() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT r.external_id, s.external_id, r.amount_minor, r.currency FROM refund r"
                + " JOIN sale s ON s.id = r.original_sale_id"))
                .containsExactly("REFUNDC000001|ORDERC0000001|1409|USD");
        assertThat(fixture.rows("SELECT p.external_id, l.quantity, l.amount_minor FROM refund_line l"
                + " JOIN product p ON p.id = l.product_id")).containsExactly("EWKZEMNCBQQ9Y|1.000|1409");
    }

    @Test
    void aSecondPassDoublesNothing() throws Exception {
        fixture.sync();
        fixture.clock.advance(Duration.ofHours(1));
        fixture.clover.page(CloverServer.API + "/orders",
                "modifiedTime>=1625097300000&modifiedTime<=1625101200000", 0, "orders-2.json");

        SyncTotals second = fixture.sync();

        assertThat(second.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(2569 + 848 + 2819);
    }
}
