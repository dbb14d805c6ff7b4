package com.storedesk.pos.square;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.ingest.sync.SyncTotals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full pass over Square's documented payloads lands as the canonical rows and totals. */
class SquareHistoryTest {

    private SquareSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SquareSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theLocationTeamCatalogCustomersAndStockArrive() throws Exception {
        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(totals.pages()).as("location, 2 team, catalog, 2 customer, inventory, 2 order pages").isEqualTo(9);
        assertThat(fixture.rows("SELECT source, external_id, code, name, time_zone, currency, city, region, country_code"
                + " FROM store")).containsExactly(
                "square:18YC4JDH91E1H|18YC4JDH91E1H|18YC4JDH91E1H|Grant Park|America/Los_Angeles|USD|San Francisco|CA|US");
        assertThat(fixture.rows("SELECT external_id, display_name, job_role, active FROM employee ORDER BY external_id"))
                .containsExactly("-3oZQKPKVk6gUXU_V5Qa|Johnny Cash|MANAGER|true",
                        "1AVJj0DjkzbmbJw5r4KK|Lombard Smith|CASHIER|true",
                        "2JCmiJol_KKFs9z2Evim|Monica Sway|CASHIER|true");
        assertThat(fixture.rows("SELECT external_id, sku, gtin, name, category, price_minor, currency, active"
                + " FROM product ORDER BY external_id")).containsExactly(
                "5GSZPX6EU7MM75S57OONG3V5|TEA-BLK-R|012345678905|Tea - Black - Regular|Tea|150|USD|true",
                "FHYBVIA6NVBCSOVETA62WEA4|FHYBVIA6NVBCSOVETA62WEA4|null|Tea - Green|Tea|150|USD|true",
                "XVLBN7DU6JTWHJTG5F265B43|XVLBN7DU6JTWHJTG5F265B43|null|Tea - Black - Large|Tea|250|USD|true",
                "custom-amount|custom-amount|null|Custom amount|null|0|USD|true",
                "gift-card|gift-card|null|Gift card|null|0|USD|true");
        assertThat(fixture.rows("SELECT external_id, first_name, last_name, email, marketing_consent FROM customer"
                + " ORDER BY external_id")).containsExactly(
                "A9641GZW2H7Z56YYSD41Q12HDW|Amelia|Earhart|amelia.earhart@example.com|true",
                "JDKYHBWT1D4F8MFH63DBMEN8Y4|James|Bond|james.bond@example.com|true");
        assertThat(fixture.rows("SELECT l.external_id, p.external_id, l.on_hand, l.counted_at FROM stock_level l"
                + " JOIN product p ON p.id = l.product_id")).singleElement().asString()
                .startsWith("18YC4JDH91E1H:5GSZPX6EU7MM75S57OONG3V5|5GSZPX6EU7MM75S57OONG3V5|79.000|2016-11-16");
    }

    @Test
    void aSaleKeepsItsDiscountsTaxAndCardTender() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT s.subtotal_minor, s.discount_minor, s.tax_minor, s.total_minor, s.currency,"
                + " c.external_id FROM sale s LEFT JOIN customer c ON c.id = s.customer_id"
                + " WHERE s.external_id = 'CAISENgvlJ6jLWAzERDzjyHVybY'"))
                .as("6099 gross (a custom amount and two steaks with a modifier), 433 off, 510 additive tax")
                .containsExactly("6099|433|510|6176|USD|JDKYHBWT1D4F8MFH63DBMEN8Y4");
        assertThat(fixture.rows("SELECT l.line_no, p.external_id, l.quantity, l.unit_price_minor, l.discount_minor,"
                + " l.net_minor FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id"
                + " WHERE s.external_id = 'CAISENgvlJ6jLWAzERDzjyHVybY' ORDER BY l.line_no")).containsExactly(
                "1|custom-amount|1.000|1599|87|1512", "2|XVLBN7DU6JTWHJTG5F265B43|2.000|2250|346|4154");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, l.line_no"
                + " FROM sale_discount d JOIN sale s ON s.id = d.sale_id LEFT JOIN sale_line l ON l.id = d.sale_line_id"
                + " WHERE s.external_id = 'CAISENgvlJ6jLWAzERDzjyHVybY' ORDER BY d.line_no")).containsExactly(
                "Membership Discount|PERCENT|0.500|30|null", "Labor Day Sale|PERCENT|5.000|303|null",
                "Sale - $1.00 off|AMOUNT|null|100|2");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor, t.card_brand FROM sale_tender t"
                + " JOIN sale s ON s.id = t.sale_id WHERE s.external_id = 'CAISENgvlJ6jLWAzERDzjyHVybY'"))
                .containsExactly("CARD|6176|VISA");
    }

    @Test
    void aGiftCardSaleAndAReturnLinkedToItsSale() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT s.total_minor, t.tender_type, t.amount_minor FROM sale s"
                + " JOIN sale_tender t ON t.sale_id = s.id WHERE s.external_id = 'CAISEM82RcpmcFBM0TfOyiHV3es'"))
                .containsExactly("550|GIFT_CARD|550");
        assertThat(fixture.rows("SELECT r.external_id, s.external_id, r.amount_minor, r.currency, r.occurred_at"
                + " FROM refund r JOIN sale s ON s.id = r.original_sale_id")).singleElement().asString()
                .startsWith("CAISEM52YcpmcWAzERDOyiWS3ty|CAISENgvlJ6jLWAzERDzjyHVybY|2264|USD|2020-01-20");
        assertThat(fixture.rows("SELECT p.external_id, l.quantity, l.amount_minor FROM refund_line l"
                + " JOIN product p ON p.id = l.product_id")).containsExactly("XVLBN7DU6JTWHJTG5F265B43|1.000|2264");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("a pure return is no sale").isEqualTo(2);
    }

    @Test
    void aSecondRunIsTheNextPassAndDoublesNothing() throws Exception {
        fixture.sync();
        String afterFirst = fixture.savedCursor();
        assertThat(SyncCursor.parse(afterFirst)).as("the next pass, from the first one's end less the overlap")
                .isEqualTo(new SyncCursor(Phase.LOCATION, SquareSyncFixture.NOW.minus(SyncCursor.OVERLAP), null, null));

        fixture.clock.advance(java.time.Duration.ofHours(1));
        SyncTotals second = fixture.sync();

        assertThat(second.inserted()).as("the same payloads again: nothing new").isZero();
        assertThat(second.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(6176 + 550);
    }
}
