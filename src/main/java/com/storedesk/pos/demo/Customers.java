package com.storedesk.pos.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The chain's loyalty members and who of them walks into a store. Members mostly shop at their
 * home store, now and then at another; frequent shoppers come more often.
 */
final class Customers {

    static final int PER_STORE = 1250;
    static final double MARKETING_CONSENT = 0.40;
    static final double WITH_EMAIL = 0.85;
    static final double WITH_PHONE = 0.35;
    /** Share of a member's visits made to a store other than their home store. */
    static final double AWAY_VISITS = 0.08;

    private static final double[] FAVORITE_BOOSTS = {4.0, 2.2, 1.5};
    private static final double DISLIKE = 0.3;
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");
    private static final List<String> NEW_YORK_AREA_CODES =
            List.of("212", "646", "718", "917", "347", "929", "516", "914", "201", "973");
    private static final List<String> CHICAGO_AREA_CODES =
            List.of("312", "773", "872", "630", "847", "708", "224", "331", "815", "779");

    private final List<DemoCustomer> all;
    private final List<DemoCustomer[]> members;
    private final List<double[]> cumulativeVisits;
    private final double[] chainCumulative;

    private Customers(List<DemoCustomer> all, int stores) {
        this.all = List.copyOf(all);
        this.members = new ArrayList<>();
        this.cumulativeVisits = new ArrayList<>();
        for (int s = 0; s < stores; s++) {
            int store = s;
            DemoCustomer[] home = all.stream().filter(c -> c.homeStore() == store).toArray(DemoCustomer[]::new);
            members.add(home);
            cumulativeVisits.add(Draws.cumulative(visitWeights(home)));
        }
        this.chainCumulative = Draws.cumulative(visitWeights(all.toArray(DemoCustomer[]::new)));
    }

    static Customers enrol(long seed, List<DemoStore> stores, DemoNames names) {
        SplittableRandom random = Seeds.random(seed, Seeds.CUSTOMERS);
        double[] homeWeights = new double[stores.size()];
        for (DemoStore store : stores) {
            homeWeights[store.index()] = store.profile().dailySales() * store.profile().loyaltyShare();
        }
        double[] homeCumulative = Draws.cumulative(homeWeights);
        PhoneBook phones = new PhoneBook(random);
        Set<String> emails = new HashSet<>();
        List<DemoCustomer> all = new ArrayList<>();
        int count = PER_STORE * stores.size();
        for (int i = 0; i < count; i++) {
            DemoStore home = stores.get(Draws.pick(random, homeCumulative));
            String first = Draws.oneOf(random, names.given());
            String last = Draws.oneOf(random, names.family());
            String email = random.nextDouble() < WITH_EMAIL ? uniqueEmail(random, first, last, emails) : null;
            String phone = random.nextDouble() < WITH_PHONE ? phones.next(home) : null;
            boolean consent = random.nextDouble() < MARKETING_CONSENT;
            double visitWeight = Math.exp(0.8 * random.nextGaussian());
            double[] preference = preferences(random, home.profile());
            all.add(new DemoCustomer(i, String.format("cust-%05d", i + 1), loyaltyId(random, i), first, last, email,
                    phone, consent, home.index(), visitWeight, preference, favorite(preference)));
        }
        return new Customers(all, stores.size());
    }

    /** A member for a sale at the store: usually one who calls it home, weighted by how often they come. */
    DemoCustomer pick(SplittableRandom random, int storeIndex) {
        DemoCustomer[] home = members.get(storeIndex);
        if (home.length == 0 || random.nextDouble() < AWAY_VISITS) {
            return all.get(Draws.pick(random, chainCumulative));
        }
        return home[Draws.pick(random, cumulativeVisits.get(storeIndex))];
    }

    List<DemoCustomer> all() {
        return all;
    }

    private static double[] visitWeights(DemoCustomer[] customers) {
        double[] weights = new double[Math.max(1, customers.length)];
        for (int i = 0; i < customers.length; i++) {
            weights[i] = customers[i].visitWeight();
        }
        return weights;
    }

    /** Three favourite categories (likelier where the home store sells more of them) and two they avoid. */
    private static double[] preferences(SplittableRandom random, StoreProfile profile) {
        DemoCategory[] categories = DemoCategory.values();
        double[] preference = new double[categories.length];
        Arrays.fill(preference, 1.0);
        double[] weights = new double[categories.length];
        for (DemoCategory category : categories) {
            weights[category.ordinal()] = profile.categoryWeight(category);
        }
        for (double boost : FAVORITE_BOOSTS) {
            int chosen = Draws.pick(random, Draws.cumulative(weights));
            preference[chosen] = boost;
            weights[chosen] = 0;
        }
        for (int i = 0; i < 2; i++) {
            int avoided = random.nextInt(categories.length);
            if (preference[avoided] == 1.0) {
                preference[avoided] = DISLIKE;
            }
        }
        return preference;
    }

    private static DemoCategory favorite(double[] preference) {
        int best = 0;
        for (int i = 1; i < preference.length; i++) {
            if (preference[i] > preference[best]) {
                best = i;
            }
        }
        return DemoCategory.values()[best];
    }

    private static String loyaltyId(SplittableRandom random, int index) {
        return "HP" + (40_000_000 + index * 97L + random.nextInt(97));
    }

    private static String uniqueEmail(SplittableRandom random, String first, String last, Set<String> taken) {
        String local = letters(first) + "." + letters(last);
        String domain = Draws.oneOf(random, EMAIL_DOMAINS);
        String email = local + "@" + domain;
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Hands out 555-01xx numbers (reserved for fiction) in the home store's area codes, each once. */
    private static final class PhoneBook {
        private final List<String> newYork = new ArrayList<>();
        private final List<String> chicago = new ArrayList<>();

        PhoneBook(SplittableRandom random) {
            fill(newYork, NEW_YORK_AREA_CODES, random);
            fill(chicago, CHICAGO_AREA_CODES, random);
        }

        String next(DemoStore home) {
            List<String> free = home.zone().getId().equals("America/Chicago") ? chicago : newYork;
            return free.isEmpty() ? null : free.remove(free.size() - 1);
        }

        private static void fill(List<String> numbers, List<String> areaCodes, SplittableRandom random) {
            for (String area : areaCodes) {
                for (int line = 100; line < 200; line++) {
                    numbers.add("+1 " + area + "-555-0" + line);
                }
            }
            for (int i = numbers.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String swap = numbers.get(i);
                numbers.set(i, numbers.get(j));
                numbers.set(j, swap);
            }
        }
    }
}
