package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.ingest.sync.SyncTotals;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full pass over Shopify's documented-shape payloads lands as the canonical rows and totals. */
class ShopifyHistoryTest {

    private static final String SALE = "gid://shopify/Order/450789469";
    private static final String GIFT_CARD_SALE = "gid://shopify/Order/450789470";

    private ShopifySyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ShopifySyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theLocationStaffProductsCustomersAndStockArrive() throws Exception {
        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(totals.pages()).as("location, staff, 2 variant, customer, inventory, 2 order pages").isEqualTo(8);
        assertThat(fixture.rows("SELECT source, external_id, code, name, time_zone, currency, city, region, country_code"
                + " FROM store")).containsExactly("shopify:jsmith|gid://shopify/Location/655441491|655441491"
                + "|Louisville Store|America/New_York|USD|Louisville|KY|US");
        assertThat(fixture.rows("SELECT external_id, display_name, job_role, active FROM employee ORDER BY external_id"))
                .containsExactly("gid://shopify/StaffMember/548380009|John Smith|OWNER|true",
                        "gid://shopify/StaffMember/799407056|Jane Doe|STAFF|true");
        assertThat(fixture.rows("SELECT external_id, sku, gtin, name, category, price_minor, unit_cost_minor, currency,"
                + " active FROM product ORDER BY external_id")).containsExactly(
                "custom-sale|custom-sale|null|Custom sale|null|0|null|USD|true",
                "gid://shopify/ProductVariant/39072856|IPOD2008GREEN|null|IPod Nano - 8GB - Green|Cult Products|19900"
                        + "|12000|USD|true",
                "gid://shopify/ProductVariant/457924702|IPOD2008BLACK|null|IPod Nano - 8GB - Black|Cult Products|19900"
                        + "|null|USD|true",
                "gid://shopify/ProductVariant/49148385|IPOD2008RED|null|IPod Nano - 8GB - Red|Cult Products|19900"
                        + "|null|USD|true",
                "gid://shopify/ProductVariant/808950810|IPOD2008PINK|null|IPod Nano - 8GB - Pink|Cult Products|19900"
                        + "|null|USD|true",
                "gift-card|gift-card|null|Gift card|null|0|null|USD|true");
        assertThat(fixture.rows("SELECT external_id, first_name, last_name, email, phone, marketing_consent FROM customer"))
                .containsExactly("gid://shopify/Customer/207119551|Bob|Norman|bob.norman@mail.example.com|+16136120707"
                        + "|false");
        assertThat(fixture.rows("SELECT p.external_id, l.on_hand FROM stock_level l JOIN product p ON p.id = l.product_id"
                + " ORDER BY p.external_id")).containsExactly("gid://shopify/ProductVariant/39072856|3.000",
                "gid://shopify/ProductVariant/457924702|5.000", "gid://shopify/ProductVariant/49148385|2.000",
                "gid://shopify/ProductVariant/808950810|1.000");
    }

    @Test
    void aSaleKeepsItsDiscountTaxCashierCustomerAndCardTender() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT s.subtotal_minor, s.discount_minor, s.tax_minor, s.total_minor, s.currency,"
                + " c.external_id, e.external_id FROM sale s LEFT JOIN customer c ON c.id = s.customer_id"
                + " LEFT JOIN employee e ON e.id = s.cashier_id WHERE s.external_id = '" + SALE + "'"))
                .as("3 x 199.00, TENOFF spread 3.34 + 3.33 + 3.33, 6% state tax 11.94")
                .containsExactly("59700|1000|1194|59894|USD|gid://shopify/Customer/207119551"
                        + "|gid://shopify/StaffMember/548380009");
        assertThat(fixture.rows("SELECT l.line_no, p.external_id, l.quantity, l.unit_price_minor, l.discount_minor,"
                + " l.net_minor FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id"
                + " WHERE s.external_id = '" + SALE + "' ORDER BY l.line_no")).containsExactly(
                "1|gid://shopify/ProductVariant/39072856|1.000|19900|334|19566",
                "2|gid://shopify/ProductVariant/49148385|1.000|19900|333|19567",
                "3|gid://shopify/ProductVariant/457924702|1.000|19900|333|19567");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, d.sale_line_id"
                + " FROM sale_discount d JOIN sale s ON s.id = d.sale_id WHERE s.external_id = '" + SALE + "'"))
                .containsExactly("TENOFF|AMOUNT|null|1000|null");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor, t.card_brand FROM sale_tender t"
                + " JOIN sale s ON s.id = t.sale_id WHERE s.external_id = '" + SALE + "'"))
                .as("the refund's transaction is the refund's, not a payment").containsExactly("CARD|59894|Visa");
    }

    @Test
    void aGiftCardSaleWithALineDiscountAndARefundLinkedToItsSale() throws Exception {
        fixture.sync();

        assertThat(fixture.rows("SELECT s.subtotal_minor, s.discount_minor, s.tax_minor, s.total_minor FROM sale s"
                + " WHERE s.external_id = '" + GIFT_CARD_SALE + "'")).containsExactly("19900|1990|1075|18985");
        assertThat(fixture.rows("SELECT t.tender_type, t.amount_minor FROM sale_tender t JOIN sale s ON s.id = t.sale_id"
                + " WHERE s.external_id = '" + GIFT_CARD_SALE + "' ORDER BY t.amount_minor DESC"))
                .containsExactly("GIFT_CARD|15000", "CASH|3985");
        assertThat(fixture.rows("SELECT d.name, d.discount_type, d.percent, d.amount_minor, l.line_no"
                + " FROM sale_discount d JOIN sale s ON s.id = d.sale_id LEFT JOIN sale_line l ON l.id = d.sale_line_id"
                + " WHERE s.external_id = '" + GIFT_CARD_SALE + "'")).containsExactly("Staff pick|PERCENT|10.000|1990|1");

        assertThat(fixture.rows("SELECT r.external_id, s.external_id, r.amount_minor, r.currency, r.reason"
                + " FROM refund r JOIN sale s ON s.id = r.original_sale_id")).containsExactly(
                "gid://shopify/Refund/509562969|" + SALE + "|39929|USD|it broke during shipping");
        assertThat(fixture.rows("SELECT l.line_no, sl.line_no, p.external_id, l.quantity, l.amount_minor, l.restocked"
                + " FROM refund_line l JOIN product p ON p.id = l.product_id"
                + " LEFT JOIN sale_line sl ON sl.id = l.sale_line_id ORDER BY l.line_no")).containsExactly(
                "1|3|gid://shopify/ProductVariant/457924702|1.000|19964|true",
                "2|1|gid://shopify/ProductVariant/39072856|1.000|19965|true");
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(59894 + 18985);
    }

    @Test
    void aSecondRunIsTheNextPassAndDoublesNothing() throws Exception {
        fixture.sync();
        assertThat(SyncCursor.parse(fixture.savedCursor())).as("the next pass, from the first one's end less the overlap")
                .isEqualTo(new SyncCursor(Phase.LOCATION, ShopifySyncFixture.NOW.minus(SyncCursor.OVERLAP), null, null));

        fixture.clock.advance(Duration.ofHours(1));
        SyncTotals second = fixture.sync();

        assertThat(second.inserted()).as("the same payloads again: nothing new").isZero();
        assertThat(second.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(59894 + 18985);
    }
}
