package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.TenderType;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default chain has the size and the habits of a real one. */
class DemoVolumeTest {

    private final DemoHistory history = DemoHistory.standard();
    private final List<SaleRecorded> sales = history.completedSales();

    @Test
    void fourStoresInTwoTimeZonesWithRegistersAndStaff() {
        List<StoreUpserted> stores = history.all(StoreUpserted.class);
        assertThat(stores).extracting(StoreUpserted::retailProfile)
                .containsExactly("DOWNTOWN", "MALL", "SUBURBAN", "OUTLET");
        assertThat(stores).extracting(s -> s.timeZone().getId())
                .containsOnly("America/New_York", "America/Chicago")
                .contains("America/New_York", "America/Chicago");
        assertThat(stores).allSatisfy(s -> {
            assertThat(s.currency().getCurrencyCode()).isEqualTo("USD");
            assertThat(s.registers()).hasSizeBetween(3, 4);
        });
        Map<String, Long> roles = history.all(EmployeeUpserted.class).stream()
                .collect(Collectors.groupingBy(EmployeeUpserted::jobRole, Collectors.counting()));
        assertThat(roles).containsEntry("MANAGER", 4L).containsEntry("SUPERVISOR", 8L)
                .containsEntry("DISTRICT_MANAGER", 1L);
        assertThat(roles.get("CASHIER")).isBetween(25L, 35L);
    }

    @Test
    void aboutThreeHundredProductsInTwelveCategoriesAndFiveThousandMembers() {
        List<ProductUpserted> products = history.all(ProductUpserted.class);
        assertThat(products).hasSizeBetween(280, 320);
        assertThat(products.stream().map(ProductUpserted::category).distinct()).hasSize(12);
        List<CustomerUpserted> customers = history.all(CustomerUpserted.class);
        assertThat(customers).hasSize(5000);
        assertThat(customers).allSatisfy(c -> assertThat(c.loyaltyId()).matches("HP\\d{8}"));
        assertThat(customers.stream().map(CustomerUpserted::loyaltyId).distinct()).hasSize(5000);
        double consent = customers.stream().filter(CustomerUpserted::marketingConsent).count() / 5000.0;
        assertThat(consent).isBetween(0.35, 0.45);
        List<String> emails = customers.stream().map(CustomerUpserted::email).filter(e -> e != null).toList();
        assertThat(emails).doesNotHaveDuplicates()
                .allSatisfy(e -> assertThat(e).matches("[a-z]+\\.[a-z]+\\d*@example\\.(com|net|org)"));
        List<String> phones = customers.stream().map(CustomerUpserted::phone).filter(p -> p != null).toList();
        assertThat(phones).hasSizeGreaterThan(1000).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).matches("\\+1 \\d{3}-555-01\\d{2}"));
    }

    @Test
    void twoHundredFiftyToFiveHundredSalesPerStoreAndDay() {
        Map<String, Long> perStore = sales.stream()
                .collect(Collectors.groupingBy(SaleRecorded::storeExternalId, Collectors.counting()));
        int openDays = history.options.days() - 1;
        assertThat(perStore).hasSize(4);
        assertThat(perStore.values()).allSatisfy(count -> assertThat(count / (double) openDays).isBetween(230.0, 500.0));
    }

    @Test
    void sixtyPercentOfSalesCarryAMemberAndBasketsAverageTwoAndAHalfToThreeLines() {
        double loyalty = sales.stream().filter(s -> s.customerExternalId() != null).count() / (double) sales.size();
        assertThat(loyalty).isBetween(0.55, 0.65);
        double lines = sales.stream().mapToInt(s -> s.lines().size()).average().orElseThrow();
        assertThat(lines).isBetween(2.5, 3.0);
        assertThat(sales).allSatisfy(s -> assertThat(s.lines()).hasSizeBetween(1, 6));
    }

    @Test
    void mostPayByCardSomeSplitThePayment() {
        Map<TenderType, Long> single = sales.stream().filter(s -> s.tenders().size() == 1)
                .collect(Collectors.groupingBy(s -> s.tenders().get(0).type(), Collectors.counting()));
        double total = sales.size();
        assertThat(single.get(TenderType.CARD) / total).isBetween(0.60, 0.70);
        assertThat(single.get(TenderType.CASH) / total).isBetween(0.10, 0.22);
        assertThat(single.get(TenderType.MOBILE) / total).isBetween(0.07, 0.17);
        assertThat(single.get(TenderType.GIFT_CARD) / total).isBetween(0.02, 0.07);
        double split = sales.stream().filter(s -> s.tenders().size() == 2).count() / total;
        assertThat(split).isBetween(0.01, 0.05);
    }

    @Test
    void aFewPercentComeBackAndAHandfulAreVoided() {
        LocalDate settled = history.options.firstHistoryDay().plusDays(ReturnsDesk.MAX_RETURN_LAG + 1);
        long salesSince = sales.stream().filter(s -> !history.dateOf(s).isBefore(settled)).count();
        List<RefundRecorded> refunds = history.all(RefundRecorded.class);
        long refundsSince = refunds.stream().filter(r -> !history.dateOf(r).isBefore(settled)).count();
        assertThat(refundsSince / (double) salesSince).isBetween(0.02, 0.03);
        assertThat(refunds.stream().filter(r -> r.lines().stream().anyMatch(l -> !l.restocked()))).isNotEmpty();
        List<SaleRecorded> latest = history.latestSales();
        double voided = latest.stream().filter(s -> s.voidedAt() != null).count() / (double) latest.size();
        assertThat(voided).isBetween(0.003, 0.008);
        Map<String, Long> versions = history.all(SaleRecorded.class).stream()
                .collect(Collectors.groupingBy(SaleRecorded::externalId, Collectors.counting()));
        assertThat(versions.values()).contains(2L);
        assertThat(latest.stream().filter(s -> s.voidedAt() != null))
                .allSatisfy(s -> assertThat(s.voidReason()).isNotBlank())
                .anySatisfy(s -> assertThat(versions.get(s.externalId())).isEqualTo(1L));
    }

    @Test
    void marginsAreThoseOfASpecialtyRetailer() {
        long net = sales.stream().mapToLong(s -> s.subtotalMinor() - s.discountMinor()).sum();
        long cost = sales.stream().flatMap(s -> s.lines().stream()).mapToLong(SaleRecorded.Line::costMinor).sum();
        assertThat(1 - cost / (double) net).isBetween(0.35, 0.55);
        assertThat(history.all(ProductUpserted.class)).allSatisfy(p -> {
            double margin = 1 - p.unitCostMinor() / (double) p.priceMinor();
            assertThat(margin).isBetween(0.29, 0.61);
        });
    }

    @Test
    void membersBuyWhatTheyLike() {
        Map<String, DemoCustomer> members = new HashMap<>();
        history.chain.customers().all().forEach(c -> members.put(c.externalId(), c));
        Map<String, DemoCategory> categoryOf = new HashMap<>();
        history.chain.catalog().products().forEach(p -> categoryOf.put(p.externalId(), p.category()));
        long favorite = 0;
        long lines = 0;
        Map<DemoCategory, Long> overall = new HashMap<>();
        for (SaleRecorded sale : sales) {
            for (SaleRecorded.Line line : sale.lines()) {
                DemoCategory category = categoryOf.get(line.productExternalId());
                overall.merge(category, 1L, Long::sum);
                if (sale.customerExternalId() != null) {
                    lines++;
                    if (members.get(sale.customerExternalId()).favorite() == category) {
                        favorite++;
                    }
                }
            }
        }
        long all = overall.values().stream().mapToLong(Long::longValue).sum();
        double typicalShare = overall.values().stream().mapToDouble(v -> v / (double) all).max().orElseThrow();
        assertThat(favorite / (double) lines).as("share of members' lines in their favourite category")
                .isGreaterThan(typicalShare * 1.5);
        assertThat(Set.copyOf(overall.keySet())).hasSize(12);
    }
}
