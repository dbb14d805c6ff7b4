package com.storedesk.insight.customer;

import com.storedesk.core.Money;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.data.facts.PurchaseLine;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Sums a customer's history up for the copilot. Blocking: off the FX thread. */
public final class CustomerProfiles {

    /** Categories the profile names. */
    static final int FAVOURITES = 3;
    /** Visits the profile lists. */
    static final int RECENT_VISITS = 5;
    /** Fewer visits than this say nothing about a habit. */
    public static final int FEWEST_VISITS_FOR_HABIT = 3;

    private final CustomerFactsRepository customers;
    private final StoreRepository stores;

    public CustomerProfiles(CustomerFactsRepository customers, StoreRepository stores) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    public Optional<CustomerProfile> of(long customerId) {
        return customers.byId(customerId).map(this::profile);
    }

    private CustomerProfile profile(CustomerRecord customer) {
        List<PurchaseLine> lines = customers.purchases(customer.id());
        Map<Long, Long> refunded = customers.refundedBySale(customer.id());
        // Newest first, as the repository reads them.
        Map<Long, List<PurchaseLine>> bySale = lines.stream()
                .collect(Collectors.groupingBy(PurchaseLine::saleId, LinkedHashMap::new, Collectors.toList()));
        List<PastPurchase> visits = bySale.values().stream().map(CustomerProfiles::visit).toList();
        return new CustomerProfile(customer, visits.size(), spend(visits, refunded),
                visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(visits.size() - 1).occurredAt()),
                visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(0).occurredAt()),
                favourites(lines), visits.subList(0, Math.min(RECENT_VISITS, visits.size())), habit(bySale));
    }

    private static PastPurchase visit(List<PurchaseLine> lines) {
        PurchaseLine first = lines.get(0);
        long total = lines.stream().mapToLong(PurchaseLine::netMinor).sum();
        return new PastPurchase(first.saleId(), first.occurredAt(), first.businessDate(), first.storeName(),
                lines.stream().map(l -> new PastPurchase.Item(l.sku(), l.productName(), l.category(), l.quantity()))
                        .toList(), Money.ofMinor(total, first.currency()));
    }

    /** Net of refunds, one amount per currency, the largest first. */
    private static List<Money> spend(List<PastPurchase> visits, Map<Long, Long> refunded) {
        Map<String, Long> byCurrency = new TreeMap<>();
        for (PastPurchase visit : visits) {
            long net = visit.total().minorUnits() - refunded.getOrDefault(visit.saleId(), 0L);
            byCurrency.merge(visit.total().currency().getCurrencyCode(), net, Long::sum);
        }
        return byCurrency.entrySet().stream().map(e -> Money.ofMinor(e.getValue(), e.getKey()))
                .sorted(Comparator.comparingLong(Money::minorUnits).reversed()).toList();
    }

    /** By share of net spend; ties broken by how often, then by name, so the list is stable. */
    private static List<CategoryShare> favourites(List<PurchaseLine> lines) {
        Map<String, long[]> byCategory = new TreeMap<>();
        long total = 0;
        for (PurchaseLine line : lines) {
            String category = line.category() == null ? "" : line.category();
            long[] sums = byCategory.computeIfAbsent(category, c -> new long[2]);
            sums[0] += Math.max(0, line.netMinor());
            sums[1]++;
            total += Math.max(0, line.netMinor());
        }
        long all = Math.max(1, total);
        return byCategory.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> new CategoryShare(e.getKey(), (double) e.getValue()[0] / all, (int) e.getValue()[1]))
                .sorted(Comparator.comparingDouble(CategoryShare::share).reversed()
                        .thenComparing(Comparator.comparingInt(CategoryShare::purchases).reversed())
                        .thenComparing(CategoryShare::category))
                .limit(FAVOURITES).toList();
    }

    private Optional<ShoppingHabit> habit(Map<Long, List<PurchaseLine>> bySale) {
        if (bySale.size() < FEWEST_VISITS_FOR_HABIT) {
            return Optional.empty();
        }
        Map<Long, ZoneId> zones = new TreeMap<>();
        for (StoreSummary store : stores.listStores()) {
            zones.put(store.id(), store.timeZone());
        }
        Map<DayOfWeek, Integer> days = new TreeMap<>();
        Map<ShoppingHabit.PartOfDay, Integer> times = new TreeMap<>();
        Map<String, Integer> places = new TreeMap<>();
        for (List<PurchaseLine> visit : bySale.values()) {
            PurchaseLine line = visit.get(0);
            ZonedDateTime local = line.occurredAt().atZone(zones.getOrDefault(line.storeId(), ZoneOffset.UTC));
            days.merge(local.getDayOfWeek(), 1, Integer::sum);
            times.merge(ShoppingHabit.PartOfDay.at(local.getHour()), 1, Integer::sum);
            places.merge(line.storeName(), 1, Integer::sum);
        }
        return Optional.of(new ShoppingHabit(mostOf(days), mostOf(times), mostOf(places)));
    }

    /** The key counted most; the first in the map's order among equals (max keeps the first of equals). */
    private static <K> K mostOf(Map<K, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
