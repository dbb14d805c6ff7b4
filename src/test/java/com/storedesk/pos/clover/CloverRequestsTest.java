package com.storedesk.pos.clover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What StoreDesk asks Clover: the token, the expansions, 90-day order windows, pages by modifiedTime and offset. */
class CloverRequestsTest {

    private static final String ORDERS = CloverServer.API + "/orders";

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
    void everyCallCarriesTheBearerTokenAndALimitWithinClovers() throws Exception {
        fixture.sync();

        assertThat(fixture.clover.requests()).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + CloverServer.TOKEN);
            String limit = request.getRequestUrl().queryParameter("limit");
            assertThat(limit == null || Integer.parseInt(limit) <= 1000).isTrue();
        });
    }

    @Test
    void ordersAreAskedInWindowsOfAtMostNinetyDaysOldestChangeFirst() throws Exception {
        fixture.sync();

        List<RecordedRequest> orders = fixture.clover.requests(ORDERS);
        assertThat(orders).extracting(r -> String.join("&", r.getRequestUrl().queryParameterValues("filter"))
                + " @" + r.getRequestUrl().queryParameter("offset")).containsExactly(
                CloverServer.WINDOW_1 + " @0", CloverServer.WINDOW_2 + " @0",
                "modifiedTime>=1623607200000&modifiedTime<=1625097600000 @1");
        for (RecordedRequest request : orders) {
            List<String> filters = request.getRequestUrl().queryParameterValues("filter");
            long from = Long.parseLong(filters.get(0).substring("modifiedTime>=".length()));
            long to = Long.parseLong(filters.get(1).substring("modifiedTime<=".length()));
            assertThat(to - from).isLessThanOrEqualTo(90L * 24 * 3600 * 1000);
        }
        HttpUrl first = orders.get(0).getRequestUrl();
        assertThat(first.queryParameter("expand")).isEqualTo("lineItems,lineItems.discounts,lineItems.modifications,"
                + "payments,payments.tender,refunds,refunds.lineItems,discounts,customers,employee");
        assertThat(first.queryParameter("orderBy")).isEqualTo("modifiedTime ASC");
        assertThat(first.queryParameter("limit")).isEqualTo(String.valueOf(CloverServer.PAGE));
    }

    @Test
    void listingsWithoutATimeArePagedByOffset() throws Exception {
        fixture.sync();

        assertThat(fixture.clover.requests(CloverServer.API + "/employees"))
                .extracting(r -> r.getRequestUrl().queryParameter("offset")).containsExactly("0", "2");
        assertThat(fixture.clover.requests(CloverServer.API + "/items"))
                .extracting(r -> r.getRequestUrl().queryParameterValues("filter") + " @"
                        + r.getRequestUrl().queryParameter("offset"))
                .containsExactly("[] @0", "[modifiedTime>=1617357600000] @1");
    }
}
