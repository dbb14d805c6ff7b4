package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storedesk offers} and {@code storedesk receipt-summary} on a small demo chain: what they
 * offer and name, both outputs, stock elsewhere, and unknown members, stores and sales.
 */
class OffersCommandTest {

    @TempDir
    static Path temp;

    private static String database;
    private static String regular;

    @BeforeAll
    static void seed() throws Exception {
        database = temp.resolve("offers/storedesk").toString();
        CliRun seed = CliRun.of("demo", "seed", "--stores", "2", "--days", "10", "--db", database);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        regular = one("""
                SELECT c.loyalty_id FROM sale s JOIN customer c ON c.id = s.customer_id JOIN store st ON st.id = s.store_id
                WHERE st.code = 'S01' AND s.status = 'COMPLETED'
                GROUP BY c.loyalty_id ORDER BY COUNT(*) DESC, c.loyalty_id FETCH FIRST 1 ROWS ONLY""");
    }

    @Test
    void offersAreInStockHereAndNotWhatTheMemberAlreadyHasUnlessTheyRebuyIt() throws Exception {
        CliRun run = CliRun.of("offers", "--customer", regular, "--store", "S01", "--db", database, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("customer").asText()).isEqualTo(regular);
        assertThat(json.get("store").asText()).isEqualTo("S01");
        assertThat(json.get("sales").asInt()).isGreaterThanOrEqualTo(2);
        Set<String> bought = bought(regular);
        int inStock = 0;
        for (JsonNode offer : json.get("offers")) {
            assertThat(offer.get("reasonText").asText()).isNotBlank().doesNotContain("!offers");
            assertThat(offer.get("script").asText()).isNotBlank().contains(offer.get("name").asText());
            if (bought.contains(offer.get("sku").asText())) {
                assertThat(offer.get("reason").asText()).as(offer.toString()).isEqualTo("BUYS_AGAIN");
            }
            if (offer.get("inStock").asBoolean()) {
                inStock++;
                assertThat(offer.get("onHand").decimalValue()).isPositive();
            } else {
                assertThat(offer.get("elsewhere")).isNotEmpty();
            }
        }
        assertThat(inStock).isEqualTo(3);
        assertThat(json.get("offers").get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void aProductThisStoreIsOutOfIsOfferedWithTheStoresThatHaveIt() throws Exception {
        JsonNode before = new ObjectMapper().readTree(
                CliRun.of("offers", "--customer", regular, "--store", "S01", "--db", database, "--json").out());
        String sku = before.get("offers").get(0).get("sku").asText();
        String here = "store_id = (SELECT id FROM store WHERE code = 'S01') AND product_id = (SELECT id FROM product"
                + " WHERE sku = '" + sku + "')";
        String there = here.replace("'S01'", "'S02'");
        String hadHere = one("SELECT on_hand FROM stock_level WHERE " + here);
        String hadThere = one("SELECT on_hand FROM stock_level WHERE " + there);
        update("UPDATE stock_level SET on_hand = 0 WHERE " + here);
        update("UPDATE stock_level SET on_hand = 7 WHERE " + there);
        try {
            JsonNode after = new ObjectMapper().readTree(
                    CliRun.of("offers", "--customer", regular, "--store", "S01", "--db", database, "--json").out());

            JsonNode first = after.get("offers").get(0);
            assertThat(first.get("sku").asText()).isEqualTo(sku);
            assertThat(first.get("inStock").asBoolean()).isFalse();
            assertThat(first.get("elsewhere").get(0).get("store").asText()).isEqualTo("S02");
            assertThat(first.get("elsewhere").get(0).get("onHand").toString()).isEqualTo("7");
            assertThat(after.get("offers")).as("three in stock besides").hasSize(4);

            CliRun text = CliRun.of("offers", "--customer", regular, "--store", "S01", "--db", database);
            assertThat(text.out()).contains("none here; S02 has 7");
        } finally {
            update("UPDATE stock_level SET on_hand = " + hadHere + " WHERE " + here);
            update("UPDATE stock_level SET on_hand = " + hadThere + " WHERE " + there);
        }
    }

    @Test
    void textGivesEachOfferItsReasonAndATalkingPoint() {
        CliRun run = CliRun.of("offers", "--customer", regular, "--store", "s01", "--db", database);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Next-best offers for member " + regular + " at S01")
                .contains("1. ").contains("Why: ").contains("Say: \"");
        assertThat(run.out().lines().filter(line -> line.startsWith("   Why: ")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownMemberOrStoreIsAClearMessageAndExitCodeOne() {
        CliRun member = CliRun.of("offers", "--customer", "HP00000000", "--store", "S01", "--db", database);
        assertThat(member.exitCode()).isEqualTo(1);
        assertThat(member.err()).contains("No loyalty member has the id HP00000000").doesNotContain("Exception");

        CliRun store = CliRun.of("offers", "--customer", regular, "--store", "S99", "--db", database);
        assertThat(store.exitCode()).isEqualTo(1);
        assertThat(store.err()).contains("S99").contains("storedesk stores").doesNotContain("Exception");
    }

    @Test
    void aReceiptIsNamedAndGetsOneAddOnInStockThatIsNotInTheBasket() throws Exception {
        String sale = one("""
                SELECT s.id FROM sale s JOIN sale_line l ON l.sale_id = s.id JOIN product p ON p.id = l.product_id
                WHERE s.status = 'COMPLETED'
                GROUP BY s.id HAVING COUNT(DISTINCT CASE WHEN p.category IN ('Wine & Spirits', 'Cheese & Deli')
                    THEN p.category END) = 2
                ORDER BY s.id FETCH FIRST 1 ROWS ONLY""");

        CliRun run = CliRun.of("receipt-summary", "--sale", sale, "--db", database, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("saleId").asText()).isEqualTo(sale);
        assertThat(json.get("label").asText()).isEqualTo("receipt.label.wineAndCheese");
        assertThat(json.get("summary").asText()).isEqualTo("wine and cheese evening");
        Set<String> items = new HashSet<>();
        json.get("items").forEach(item -> items.add(item.get("sku").asText()));
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        JsonNode addOn = json.get("addOn");
        assertThat(addOn.isNull()).as("the demo chain's wine and cheese have companions in stock").isFalse();
        assertThat(items).doesNotContain(addOn.get("sku").asText()).contains(addOn.get("with").get("sku").asText());
        assertThat(addOn.get("lift").decimalValue()).isGreaterThan(java.math.BigDecimal.ONE);
        assertThat(addOn.get("onHand").decimalValue()).isPositive();

        CliRun text = CliRun.of("receipt-summary", "--sale", sale, "--db", database);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Basket: wine and cheese evening").contains("Best add-on: ");
    }

    @Test
    void anUnknownSaleIsAClearMessageAndExitCodeOne() {
        CliRun run = CliRun.of("receipt-summary", "--sale", "987654321", "--db", database);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No completed sale has the id 987654321").doesNotContain("Exception");
    }

    @Test
    void anAssociateOfAnotherStoreGetsNeitherOffersNorReceipts() throws Exception {
        long sale = Long.parseLong(one("SELECT MIN(s.id) FROM sale s JOIN store st ON st.id = s.store_id"
                + " WHERE st.code = 'S01' AND s.status = 'COMPLETED'"));
        try (AppContext context = DatabaseOption.open(database)) {
            StoreSummary s01 = StoreLookup.matches(context, "S01").get(0);
            StoreSummary s02 = StoreLookup.matches(context, "S02").get(0);
            UserSession associate = new UserSession("Kim", Role.ASSOCIATE, false, Set.of(s02.id()));

            assertThatThrownBy(() -> context.basketInsight().offers().offers(associate, s01, regular, 3))
                    .isInstanceOf(AccessDeniedException.class).hasMessageNotContaining(regular);
            assertThatThrownBy(() -> context.basketInsight().receipts().summary(associate, sale))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(context.basketInsight().offers().offers(associate, s02, regular, 3)).isPresent();
        }
    }

    private static Set<String> bought(String loyaltyId) throws Exception {
        Set<String> skus = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT DISTINCT p.sku FROM sale s JOIN customer c ON c.id = s.customer_id
                        JOIN sale_line l ON l.sale_id = s.id JOIN product p ON p.id = l.product_id
                        WHERE c.loyalty_id = ? AND s.status = 'COMPLETED'""")) {
            statement.setString(1, loyaltyId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    skus.add(rows.getString(1));
                }
            }
        }
        return skus;
    }

    private static String one(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private static void update(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
