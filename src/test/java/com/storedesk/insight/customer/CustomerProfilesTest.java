package com.storedesk.insight.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a customer by what an associate has at hand, and their history summed up, on a real H2 file. */
class CustomerProfilesTest {

    private static final String SOURCE = "test";
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CAD = Currency.getInstance("CAD");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Database database;
    private CustomerSearch search;
    private CustomerProfiles profiles;

    @BeforeEach
    void seed() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);
        database = Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), clock);
        List<RetailEvent> events = new ArrayList<>();
        events.add(store("NY", "Fifth Avenue", NEW_YORK, USD));
        events.add(store("TO", "Queen Street", ZoneId.of("America/Toronto"), CAD));
        events.add(product("JKT", "Rain jacket", "Outerwear", 12_000, USD));
        events.add(product("SOX", "Wool socks", "Accessories", 1_500, USD));
        events.add(product("CAP", "Knit cap", "Accessories", 2_500, CAD));
        events.add(new CustomerUpserted(SOURCE, "C1", "HP00012345", "Grace", "Hopper", "Grace.Hopper@example.com",
                "+1 (212) 555-0147", true));
        events.add(new CustomerUpserted(SOURCE, "C2", "HP00099999", "Graham", "Bell", "graham@example.com",
                "212-555-0199", false));
        // Grace: three Saturday mornings in New York, one weekday evening in Toronto.
        events.add(sale("S1", "NY", "C1", "2026-10-03T14:00:00Z", USD, line(1, "JKT", "1", 12_000),
                line(2, "SOX", "2", 1_500)));
        events.add(sale("S2", "NY", "C1", "2026-10-10T13:30:00Z", USD, line(1, "SOX", "1", 1_500)));
        events.add(sale("S3", "NY", "C1", "2026-11-07T15:00:00Z", USD, line(1, "SOX", "3", 1_500)));
        events.add(sale("S4", "TO", "C1", "2026-11-18T23:00:00Z", CAD, line(1, "CAP", "1", 2_500)));
        events.add(new RefundRecorded(SOURCE, "R1", "S1", "NY", null, Instant.parse("2026-10-05T15:00:00Z"), USD,
                12_000, "too small", List.of(new RefundRecorded.Line(1, 1, "JKT", BigDecimal.ONE, 12_000, true))));
        new IngestService(database, clock, new StoreDataChanges()).ingest(events);
        CustomerFactsRepository customers = new CustomerFactsRepository(database);
        search = new CustomerSearch(customers);
        profiles = new CustomerProfiles(customers, new StoreRepository(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCustomerIsFoundByCardEmailPhoneOrNameHoweverItIsWritten() {
        assertThat(names(search.find("hp00012345"))).containsExactly("Grace Hopper");
        assertThat(names(search.find(" grace.hopper@EXAMPLE.com "))).containsExactly("Grace Hopper");
        assertThat(names(search.find("212 555 0147"))).containsExactly("Grace Hopper");
        assertThat(names(search.find("555-0147"))).as("the last seven digits are enough").containsExactly("Grace Hopper");
        assertThat(names(search.find("gra"))).containsExactly("Graham Bell", "Grace Hopper");
        assertThat(names(search.find("hopper grace"))).containsExactly("Grace Hopper");
        assertThat(search.find("0147")).as("four digits match too many phones").isEmpty();
        assertThat(search.find("g")).isEmpty();
        assertThat(search.find("nobody@example.com")).isEmpty();
    }

    @Test
    void theProfileSumsVisitsSpendAfterRefundsCategoriesAndHabit() {
        CustomerRecord grace = search.find("HP00012345").get(0);

        CustomerProfile profile = profiles.of(grace.id()).orElseThrow();

        assertThat(profile.visits()).isEqualTo(4);
        assertThat(profile.spend()).as("the refunded jacket is not spend; each currency apart")
                .containsExactly(Money.ofMinor(9_000, "USD"), Money.ofMinor(2_500, "CAD"));
        assertThat(profile.firstVisit()).contains(Instant.parse("2026-10-03T14:00:00Z"));
        assertThat(profile.lastVisit()).contains(Instant.parse("2026-11-18T23:00:00Z"));
        assertThat(profile.favouriteCategories()).extracting(CategoryShare::category)
                .containsExactly("Outerwear", "Accessories");
        assertThat(profile.favouriteCategories().get(1).purchases()).isEqualTo(4);
        assertThat(profile.lastPurchases()).extracting(PastPurchase::saleId).hasSize(4);
        assertThat(profile.lastPurchases().get(0).storeName()).isEqualTo("Queen Street");
        assertThat(profile.lastPurchases().get(0).items()).extracting(PastPurchase.Item::name).containsExactly("Knit cap");
        assertThat(profile.lastPurchases().get(3).items()).extracting(PastPurchase.Item::name)
                .containsExactly("Rain jacket", "Wool socks");
        assertThat(profile.habit()).hasValueSatisfying(habit -> {
            assertThat(habit.usualDay()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(habit.usualTime()).as("in New York's time").isEqualTo(ShoppingHabit.PartOfDay.MORNING);
            assertThat(habit.usualStore()).isEqualTo("Fifth Avenue");
        });
        assertThat(profile.customer().marketingConsent()).isTrue();
        assertThat(profile.customer().toString()).doesNotContain("Grace").doesNotContain("example.com");
    }

    @Test
    void aNewCustomerHasAnEmptyProfileNotAnError() {
        CustomerRecord graham = search.find("graham@example.com").get(0);
        CustomerProfile profile = profiles.of(graham.id()).orElseThrow();
        assertThat(profile.visits()).isZero();
        assertThat(profile.spend()).isEmpty();
        assertThat(profile.habit()).isEmpty();
        assertThat(profile.favouriteCategories()).isEmpty();
        assertThat(profiles.of(-1)).isEmpty();
    }

    private static List<String> names(List<CustomerRecord> customers) {
        return customers.stream().map(CustomerRecord::displayName).toList();
    }

    private static StoreUpserted store(String id, String name, ZoneId zone, Currency currency) {
        return new StoreUpserted(SOURCE, id, id, name, zone, currency, "City", null, "US", "MALL", List.of());
    }

    private static ProductUpserted product(String id, String name, String category, long price, Currency currency) {
        return new ProductUpserted(SOURCE, id, "SKU-" + id, null, name, category, "EACH", 100L, price, currency, false,
                null, true);
    }

    private static SaleRecorded.Line line(int lineNo, String product, String quantity, long unitPrice) {
        return new SaleRecorded.Line(lineNo, product, new BigDecimal(quantity), unitPrice, 0, null);
    }

    private static SaleRecorded sale(String id, String store, String customer, String at, Currency currency,
            SaleRecorded.Line... lines) {
        long total = List.of(lines).stream().mapToLong(SaleRecorded.Line::netMinor).sum();
        Instant when = Instant.parse(at);
        return new SaleRecorded(SOURCE, id, store, null, null, customer, when, when, SaleStatus.COMPLETED, null, null,
                null, currency, 0, List.of(lines), List.of(new SaleRecorded.Tender(TenderType.CARD, total, "VISA")),
                List.of());
    }
}
