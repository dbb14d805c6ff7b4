package com.storedesk.pos.lightspeed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The first request of each phase, as a path and query under the account. Later pages follow
 * Lightspeed's {@code next} URL, which repeats this query with its {@code after} token.
 *
 * <p>Reference data is asked for by {@code timeStamp >= since} (archived records too: they become
 * inactive), sales by {@code since <= timeStamp <= until}, completed only, oldest change first. Query
 * operators are percent-encoded as Lightspeed requires ({@code timeStamp=%3E%3D%2C...}).
 */
final class PhaseRequests {

    /** Lightspeed's largest page. */
    static final int PAGE = 100;
    static final String SALE_RELATIONS = "[\"SaleLines\",\"SaleLines.Discount\",\"SalePayments\","
            + "\"SalePayments.PaymentType\",\"Customer\",\"Customer.Contact\",\"Discount\"]";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final String accountPath;

    PhaseRequests(String accountId) {
        this.accountPath = "/API/V3/Account/" + accountId;
    }

    /** The account itself: its default currency. */
    String account() {
        return accountPath + ".json";
    }

    /** Where a phase's listing lives; a {@code next} URL must point there too. */
    String listing(Phase phase) {
        return accountPath + "/" + phase.endpoint + ".json";
    }

    String first(SyncCursor at) {
        Query query = new Query();
        Instant since = at.since();
        switch (at.phase()) {
            case SHOP -> query.add("load_relations", "[\"Contact\"]").add("sort", "shopID");
            case EMPLOYEE -> changedSince(query.add("load_relations", "[\"EmployeeRole\"]").add("archived", "true"),
                    since);
            case ITEM -> changedSince(query.add("load_relations", "[\"Category\"]").add("archived", "true"), since);
            case CUSTOMER -> changedSince(query.add("load_relations", "[\"Contact\"]").add("archived", "true"), since);
            case ITEM_SHOP -> changedSince(query, since);
            case SALE -> {
                query.add("load_relations", SALE_RELATIONS).add("completed", "true").add("sort", "timeStamp");
                query.add("timeStamp", since == null ? "<=," + time(at.until())
                        : "><," + time(since) + "," + time(at.until()));
            }
        }
        query.add("limit", String.valueOf(PAGE));
        return listing(at.phase()) + "?" + query;
    }

    /** The sale lines with these ids: where returned lines came from. */
    String saleLines(List<String> ids) {
        return accountPath + "/SaleLine.json?" + new Query().add("saleLineID", "IN," + ids.toString().replace(" ", ""))
                .add("limit", String.valueOf(PAGE));
    }

    private static void changedSince(Query query, Instant since) {
        query.add("sort", "timeStamp");
        if (since != null) {
            query.add("timeStamp", ">=," + time(since));
        }
    }

    /** Lightspeed stores whole seconds in UTC. */
    static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A query string with every value percent-encoded, operators and commas included. */
    private static final class Query {
        private final List<String> pairs = new ArrayList<>();

        Query add(String name, String value) {
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        @Override
        public String toString() {
            return String.join("&", pairs);
        }
    }
}
