package com.storedesk.pos.lightspeed;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.ingest.sync.SyncTotals;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full pass over Lightspeed's documented payloads lands as the canonical rows and totals. */
class LightspeedHistoryTest {

    private static final String SALE_5 = "SELECT %s FROM sale s WHERE s.external_id = '5'";

    private LightspeedSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new LightspeedSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theShopStaffItemsCustomersAndStockArrive() throws Exception {
        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(totals.pages()).as("shop, 2 employee, 2 item, customer, item shop, 2 sale pages").isEqualTo(9);
        assertThat(fixture.rows("SELECT source, external_id, code, name, time_zone, currency, city, region, country_code"
                + " FROM store")).containsExactly("lightspeed:83050|1|1|HQ|US/Pacific|CAD|Montreal|QC|CA");
        assertThat(fixture.rows("SELECT external_id, display_name, job_role, active FROM employee ORDER BY external_id"))
                .containsExactly("1|Alex Lugo|MANAGER|true", "4|John Doe|SALES_ASSOCIATE|true", "5|J Doe|STAFF|false");
        assertThat(fixture.rows("SELECT external_id, sku, gtin, name, category, unit_cost_minor, price_minor, currency,"
                + " active FROM product ORDER BY external_id")).containsExactly(
                "20|matrix|null|Matrix|null|null|10000|CAD|true",
                "27|SOCK-W|4006381333931|Wool Socks|null|null|2300|CAD|true",
                "3|210000000003|012345678905|Trail Runner Shoe|Footwear|1500|4500|CAD|true",
                "38|210000000038|null|Rain Jacket|null|1250|3495|CAD|false",
                "misc|misc|null|Miscellaneous charge|null|null|0|CAD|true");
        assertThat(fixture.rows("SELECT external_id, first_name, last_name, email, phone, marketing_consent FROM customer"
                + " ORDER BY external_id")).containsExactly("7|Jane|Roe|jane.roe@example.com|555-0101|true",
                "8|Sam|Poe|sam.poe@example.com|null|false");
        assertThat(fixture.rows("SELECT l.external_id, p.external_id, l.on_hand, l.counted_at FROM stock_level l"
                + " JOIN product p ON p.id = l.product_id")).as("shop 0 is Lightspeed's sum, not a shop")
                .singleElement().asString().startsWith("898|3|12.000|2021-06-18");
    }

    @Test
    void aSaleKeepsItsLineDiscountTaxGiftCardAndCardTenders() throws Exception {
        fixture.sync();

        assertThat(fixture.rows(String.format(SALE_5, "s.subtotal_minor, s.discount_minor, s.tax_minor, s.total_minor,"
                + " s.currency, (SELECT external_id FROM customer c WHERE c.id = s.customer_id),"
                + " (SELECT external_id FROM employee e WHERE e.id = s.cashier_id)")))
                .as("2 x 45.00 half off and 10.00, tax 8.23625 rounded").containsExactly("10000|4500|824|6324|CAD|7|1");
        assertThat(fixture.rows("SELECT l.line_no, p.external_id, l.quantity, l.unit_price_minor, l.discount_minor,"
                + " l.net_minor FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id"
                + " WHERE s.external_id = '5' ORDER BY l.line_no"))
                .containsExactly("1|3|2.000|4500|4500|4500", "2|27|1.000|1000|0|1000");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, l.line_no FROM sale_discount d"
                + " JOIN sale s ON s.id = d.sale_id LEFT JOIN sale_line l ON l.id = d.sale_line_id"
                + " WHERE s.external_id = '5'")).containsExactly("discountrule1|PERCENT|50.000|4500|1");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor FROM sale_tender t JOIN sale s ON s.id = t.sale_id"
                + " WHERE s.external_id = '5' ORDER BY t.amount_minor"))
                .containsExactly("GIFT_CARD|2000", "CARD|4324");
    }

    @Test
    void aSaleDiscountIsSharedOverItsLinesAndACashSaleBalances() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT s.external_id, s.subtotal_minor, s.discount_minor, s.tax_minor, s.total_minor"
                + " FROM sale s ORDER BY s.external_id")).containsExactly("120|6990|350|863|7503",
                "121|2300|230|269|2339", "5|10000|4500|824|6324");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, d.sale_line_id FROM sale_discount d"
                + " JOIN sale s ON s.id = d.sale_id WHERE s.external_id = '121'"))
                .containsExactly("Loyalty 10%|PERCENT|10.000|230|null");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor FROM sale_tender t JOIN sale s ON s.id = t.sale_id"
                + " WHERE s.external_id = '121'")).containsExactly("CASH|2339");
    }

    @Test
    void aReturnLineBecomesARefundOfTheSaleItCameFrom() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT r.external_id, s.external_id, r.amount_minor, r.currency, r.occurred_at"
                + " FROM refund r JOIN sale s ON s.id = r.original_sale_id")).singleElement().asString()
                .startsWith("130|5|2587|CAD|2021-06-10");
        assertThat(fixture.rows("SELECT p.external_id, l.quantity, l.amount_minor FROM refund_line l"
                + " JOIN product p ON p.id = l.product_id")).containsExactly("3|1.000|2587");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("a pure return is no sale").isEqualTo(3);
        assertThat(fixture.lightspeed.requests(LightspeedServer.API + "/SaleLine.json")).singleElement()
                .satisfies(r -> assertThat(r.getRequestUrl().queryParameter("saleLineID")).isEqualTo("IN,[4]"));
    }

    @Test
    void aSecondPassBringsAStockChangeAndDoublesNothing() throws Exception {
        fixture.sync();
        assertThat(SyncCursor.parse(fixture.savedCursor())).isEqualTo(new SyncCursor(Phase.SHOP,
                LightspeedSyncFixture.NOW.minus(SyncCursor.OVERLAP), null, null));
        fixture.clock.advance(Duration.ofHours(1));
        fixture.lightspeed.interject(LightspeedServer.API + "/ItemShop.json", null, LightspeedServer.json(
                LightspeedServer.resource("item-shops.json").replace("\"qoh\": \"12\"", "\"qoh\": \"9\"")
                        .replace("\"timeStamp\": \"2021-06-18T18:30:09+00:00\",\n      \"itemID\": \"3\",\n      \"shopID\": \"1\"",
                                "\"timeStamp\": \"2021-07-01T00:30:00+00:00\",\n      \"itemID\": \"3\",\n      \"shopID\": \"1\"")));

        SyncTotals second = fixture.sync();

        assertThat(second.rejected()).isZero();
        assertThat(fixture.rows("SELECT on_hand FROM stock_level")).containsExactly("9.000");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(6324 + 7503 + 2339);
    }
}
