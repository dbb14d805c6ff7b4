package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.assist.privacy.KnownCustomer;
import com.storedesk.assist.privacy.MaskingContext;
import com.storedesk.assist.prompt.PromptTemplate;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.MovableClock;
import com.storedesk.testing.SeededDemo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy promise: every shipped prompt, filled with the demo chain's seeded customers' data in
 * the forms people type it, goes to a fake OpenAI-compatible server, and no request body holds any
 * seeded customer's name, e-mail, phone, address or loyalty id; the answers, which echo the
 * placeholders, come back with the values restored.
 */
class SeededCustomersPrivacyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z_]+_\\d+(?:_FIRST|_LAST)?>");
    /** Customers per prompt, spread over the whole chain. */
    private static final int SAMPLE = 40;

    private static List<KnownCustomer> seeded;
    private static FakeOpenAi server;

    @BeforeAll
    static void readTheSeededCustomers() throws SQLException {
        seeded = new ArrayList<>();
        try (Connection connection = SeededDemo.context().database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT first_name, last_name, email, phone, loyalty_id FROM customer ORDER BY id")) {
            while (row.next()) {
                // The demo keeps no addresses; each customer gets one so that addresses are tested too.
                seeded.add(new KnownCustomer(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        (seeded.size() + 1) + " Harbour Road, Port Elm", row.getString(5)));
            }
        }
        server = new FakeOpenAi();
        // The fake model repeats every placeholder it was given, so unmasking has something to restore.
        server.answering(body -> {
            Matcher placeholder = PLACEHOLDER.matcher(body);
            List<String> found = new ArrayList<>();
            while (placeholder.find()) {
                found.add(placeholder.group());
            }
            return FakeOpenAi.completion("Noted: " + String.join(" ", found));
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noSeededCustomersDataReachesTheModelAndAnswersAreUnmasked() {
        assertThat(seeded).hasSizeGreaterThan(1000);
        assertThat(seeded).filteredOn(c -> c.phone() != null).hasSizeGreaterThan(100);
        Gateways g = new Gateways(Gateways.pointingAt(server.baseUrl(), Duration.ofSeconds(10)), Map.of(),
                new MovableClock(Instant.parse("2026-11-23T15:30:00Z")));
        MaskingContext everyone = new MaskingContext(seeded);
        int asked = 0;
        for (String id : ShippedPrompts.IDS) {
            PromptTemplate template = g.prompts.current(id);
            for (int n = 0; n < SAMPLE; n++) {
                KnownCustomer customer = seeded.get((int) ((long) n * seeded.size() / SAMPLE) + ShippedPrompts.IDS.indexOf(id));
                Map<String, String> values = new LinkedHashMap<>();
                int form = 0;
                for (String slot : template.variables()) {
                    values.put(slot, mention(customer, form++));
                }
                Answer answer = g.gateway.ask(AssistRequest.of(id, values, () -> "template").masking(everyone));
                assertThat(answer.mode()).as(id).isEqualTo(AnswerMode.MODEL);
                if (!values.isEmpty()) {
                    assertThat(answer.text()).as("unmasked answer of %s", id).containsIgnoringCase(customer.email() == null
                            ? customer.loyaltyId() : customer.email());
                }
                asked++;
            }
        }
        // One roster with many customers at once, as a briefing might list them.
        StringBuilder roster = new StringBuilder();
        for (int i = 0; i < seeded.size(); i += 17) {
            roster.append(mention(seeded.get(i), i)).append('\n');
        }
        g.gateway.ask(AssistRequest.of(ShippedPrompts.DAILY_BRIEFING, Map.of("language", "English", "store", "Downtown",
                "date", "2026-11-22", "facts", roster.toString()), () -> "template").masking(everyone));
        asked++;

        assertThat(server.bodies()).hasSize(asked);
        List<String> leaks = new ArrayList<>();
        String all = String.join("\n", server.bodies());
        assertThat(all).as("masked, not dropped").contains("<CUSTOMER_1>", "<EMAIL_1>", "<PHONE_1>", "<ADDRESS_1>",
                "<LOYALTY_ID_1>", "<CUSTOMER_1_FIRST>");
        String allLower = all.toLowerCase(Locale.ROOT);
        for (KnownCustomer customer : seeded) {
            for (String value : values(customer)) {
                if (allLower.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(value.replaceAll("(?<=.).", "*"));
                }
            }
        }
        assertThat(leaks).as("seeded customers' values in request bodies (shown starred)").isEmpty();
    }

    /** A customer's data in one of the ways people type it. */
    private static String mention(KnownCustomer c, int form) {
        String phone = c.phone() == null ? "" : c.phone();
        String local = phone.replaceFirst("^\\+1 ", "");
        return switch (form % 5) {
            case 0 -> "English";
            case 1 -> c.firstName() + " " + c.lastName() + " (" + c.loyaltyId() + ", " + c.email() + ", " + phone
                    + ") lives at " + c.address() + ".";
            case 2 -> c.lastName().toUpperCase(Locale.ROOT) + ", " + c.firstName() + " - tel " + local
                    + " - member " + c.loyaltyId().toLowerCase(Locale.ROOT) + " - " + c.email();
            case 3 -> "Thanks, " + c.firstName() + "! We will call (" + local.replaceFirst("-", ") ") + ") or mail "
                    + (c.email() == null ? "" : c.email().toUpperCase(Locale.ROOT)) + " about card " + c.loyaltyId();
            default -> c.firstName().toLowerCase(Locale.ROOT) + " " + c.lastName().toLowerCase(Locale.ROOT)
                    + " at " + c.address().toUpperCase(Locale.ROOT) + ", " + phone.replace("-", ".") + ", " + c.email();
        };
    }

    private static List<String> values(KnownCustomer c) {
        List<String> values = new ArrayList<>();
        values.add(c.firstName() + " " + c.lastName());
        values.add(c.lastName() + ", " + c.firstName());
        values.add(c.address());
        values.add(c.loyaltyId());
        if (c.email() != null) {
            values.add(c.email());
        }
        if (c.phone() != null) {
            String local = c.phone().replaceFirst("^\\+1 ", "");
            values.add(local);
            values.add(local.replace("-", "."));
            values.add(local.substring(local.indexOf('-') + 1));
        }
        return values;
    }
}
