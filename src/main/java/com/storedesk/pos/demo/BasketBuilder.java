package com.storedesk.pos.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a shopper takes to the till: one to six items, the first from the categories the store
 * and the shopper favour (coffee and pastries in the morning, wine and cheese in the evening,
 * promoted goods more than usual), the next ones often a companion of what is already in the
 * basket (see {@link Affinities}).
 */
final class BasketBuilder {

    /** Chances of 1..6 items: about 2.8 on average before duplicates and stock-outs. */
    private static final double[] SIZE_CUMULATIVE = Draws.cumulative(new double[] {0.20, 0.28, 0.22, 0.15, 0.09, 0.06});
    private static final double MAX_COMPANION_CHANCE = 0.75;
    private static final int MORNING_UNTIL = 11;
    private static final int EVENING_FROM = 17;

    /** One item of a proposed basket. */
    record Pick(DemoProduct product, long quantityMilli) {
    }

    private final DemoCatalog catalog;
    private final Affinities affinities;
    private final double[][] productCumulative;

    BasketBuilder(DemoCatalog catalog, Affinities affinities) {
        this.catalog = catalog;
        this.affinities = affinities;
        DemoCategory[] categories = DemoCategory.values();
        productCumulative = new double[categories.length][];
        for (DemoCategory category : categories) {
            List<DemoProduct> products = catalog.in(category);
            double[] weights = new double[products.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = products.get(i).popularity();
            }
            productCumulative[category.ordinal()] = Draws.cumulative(weights);
        }
    }

    List<Pick> propose(SplittableRandom random, StoreProfile profile, DemoCustomer customer, int localHour,
            List<Promotion> promotions) {
        int size = Draws.pick(random, SIZE_CUMULATIVE) + 1;
        double[] categoryCumulative = categoryCumulative(profile, customer, localHour, promotions);
        List<Pick> picks = new ArrayList<>(size);
        boolean[] triggered = new boolean[affinities.ruleCount()];
        double companionChance = 0;
        for (int i = 0; i < size; i++) {
            DemoProduct product = null;
            if (i > 0 && random.nextDouble() < Math.min(MAX_COMPANION_CHANCE, companionChance)) {
                product = affinities.companion(random, pickRule(random, triggered, companionChance));
            }
            if (product == null) {
                DemoCategory category = DemoCategory.values()[Draws.pick(random, categoryCumulative)];
                product = pickIn(random, category, promotions);
            }
            long quantity = quantity(random, product);
            int existing = indexOf(picks, product);
            if (existing >= 0) {
                Pick before = picks.get(existing);
                if (!product.weighed()) {
                    picks.set(existing, new Pick(product, before.quantityMilli() + DemoProduct.UNIT));
                }
                continue;
            }
            picks.add(new Pick(product, quantity));
            for (int rule : affinities.triggeredBy(product)) {
                if (!triggered[rule]) {
                    triggered[rule] = true;
                    companionChance += affinities.probability(rule);
                }
            }
        }
        return picks;
    }

    private double[] categoryCumulative(StoreProfile profile, DemoCustomer customer, int localHour,
            List<Promotion> promotions) {
        DemoCategory[] categories = DemoCategory.values();
        double[] weights = new double[categories.length];
        for (DemoCategory category : categories) {
            double weight = profile.categoryWeight(category);
            if (customer != null) {
                weight *= customer.preference(category);
            }
            weight *= timeOfDay(category, localHour);
            for (Promotion promotion : promotions) {
                if (promotion.category() == category) {
                    weight *= promotion.lift();
                }
            }
            weights[category.ordinal()] = weight;
        }
        return Draws.cumulative(weights);
    }

    private static double timeOfDay(DemoCategory category, int localHour) {
        if (localHour < MORNING_UNTIL) {
            return switch (category) {
                case BAKERY -> 1.8;
                case COFFEE_TEA -> 1.4;
                default -> 1.0;
            };
        }
        if (localHour >= EVENING_FROM) {
            return switch (category) {
                case WINE_SPIRITS -> 1.5;
                case CHEESE_DELI -> 1.2;
                default -> 1.0;
            };
        }
        return 1.0;
    }

    /**
     * A product of the category by popularity; a promoted product is picked {@code lift} times as
     * often: with probability (lift - 1) w / (W + (lift - 1) w) it is taken outright, otherwise
     * the usual draw (which may pick it too) decides.
     */
    private DemoProduct pickIn(SplittableRandom random, DemoCategory category, List<Promotion> promotions) {
        List<DemoProduct> products = catalog.in(category);
        double[] cumulative = productCumulative[category.ordinal()];
        for (Promotion promotion : promotions) {
            if (promotion.sku() != null) {
                DemoProduct promoted = catalog.bySku(promotion.sku());
                if (promoted.category() == category) {
                    double extra = (promotion.lift() - 1) * promoted.popularity();
                    if (random.nextDouble() < extra / (cumulative[cumulative.length - 1] + extra)) {
                        return promoted;
                    }
                }
            }
        }
        return products.get(Draws.pick(random, cumulative));
    }

    private static int pickRule(SplittableRandom random, boolean[] triggered, double total) {
        double target = random.nextDouble() * total;
        int last = -1;
        for (int rule = 0; rule < triggered.length; rule++) {
            if (triggered[rule]) {
                last = rule;
                target -= Affinities.RULES.get(rule).probability();
                if (target < 0) {
                    return rule;
                }
            }
        }
        return last;
    }

    private static long quantity(SplittableRandom random, DemoProduct product) {
        if (product.weighed()) {
            return 200 + 10L * random.nextInt(101);
        }
        double draw = random.nextDouble();
        int units;
        if (product.category().bakedDaily()) {
            units = draw < 0.60 ? 1 : draw < 0.80 ? 2 : draw < 0.90 ? 3 : draw < 0.96 ? 4 : 6;
        } else if (product.priceMinor() >= 4000) {
            units = draw < 0.95 ? 1 : 2;
        } else {
            units = draw < 0.80 ? 1 : draw < 0.95 ? 2 : draw < 0.99 ? 3 : 4;
        }
        return units * DemoProduct.UNIT;
    }

    private static int indexOf(List<Pick> picks, DemoProduct product) {
        for (int i = 0; i < picks.size(); i++) {
            if (picks.get(i).product().index() == product.index()) {
                return i;
            }
        }
        return -1;
    }
}
