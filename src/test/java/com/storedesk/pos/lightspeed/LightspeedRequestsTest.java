package com.storedesk.pos.lightspeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What StoreDesk asks Lightspeed: the token, the relations, the time-stamp filters, the next pages as given. */
class LightspeedRequestsTest {

    private static final String SALES = LightspeedServer.API + "/Sale.json";

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
    void everyCallCarriesTheBearerToken() throws Exception {
        fixture.sync();

        assertThat(fixture.lightspeed.requests()).hasSize(11).allSatisfy(request -> {
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + LightspeedServer.TOKEN);
        });
    }

    @Test
    void salesAreAskedWithTheirRelationsUpToThePassEndAndTheNextPageIsTheOneLightspeedNamed() throws Exception {
        fixture.sync();

        List<RecordedRequest> sales = fixture.lightspeed.requests(SALES);
        assertThat(sales).hasSize(2);
        HttpUrl first = sales.get(0).getRequestUrl();
        assertThat(first.queryParameter("load_relations")).isEqualTo("[\"SaleLines\",\"SaleLines.Discount\","
                + "\"SalePayments\",\"SalePayments.PaymentType\",\"Customer\",\"Customer.Contact\",\"Discount\"]");
        assertThat(first.queryParameter("completed")).isEqualTo("true");
        assertThat(first.queryParameter("sort")).isEqualTo("timeStamp");
        assertThat(first.queryParameter("limit")).isEqualTo("100");
        assertThat(first.queryParameter("timeStamp")).as("the first pass takes all history")
                .isEqualTo("<=,2021-07-01T00:00:00+00:00");
        assertThat(first.encodedQuery()).as("operators percent-encoded as Lightspeed requires")
                .contains("timeStamp=%3C%3D%2C2021-07-01T00%3A00%3A00%2B00%3A00");
        assertThat(sales.get(1).getPath()).isEqualTo(SALES + "?load_relations=%5B%22SaleLines%22%2C%22SaleLines.Discount"
                + "%22%2C%22SalePayments%22%2C%22SalePayments.PaymentType%22%2C%22Customer%22%2C%22Customer.Contact%22"
                + "%2C%22Discount%22%5D&completed=true&sort=timeStamp&timeStamp=%3C%3D%2C2021-07-01T00%3A00%3A00%2B00"
                + "%3A00&limit=100&after=WzEyMF0%3D");
    }

    @Test
    void theNextPassAsksOnlyForWhatChangedSinceTheLastOne() throws Exception {
        fixture.sync();
        fixture.clock.advance(Duration.ofHours(2));
        fixture.sync();

        assertThat(fixture.lightspeed.requests(SALES).get(2).getRequestUrl().queryParameter("timeStamp"))
                .isEqualTo("><,2021-06-30T23:55:00+00:00,2021-07-01T02:00:00+00:00");
        HttpUrl items = fixture.lightspeed.requests(LightspeedServer.API + "/Item.json").get(2).getRequestUrl();
        assertThat(items.queryParameter("timeStamp")).isEqualTo(">=,2021-06-30T23:55:00+00:00");
        assertThat(items.queryParameter("archived")).as("archived items become inactive").isEqualTo("true");
        assertThat(fixture.lightspeed.requests(LightspeedServer.API + "/Shop.json").get(1).getRequestUrl()
                .queryParameter("timeStamp")).as("shops are few: all of them every pass").isNull();
    }
}
