package com.storedesk.pos.demo;

import static com.storedesk.pos.demo.DemoCategory.BAKERY;
import static com.storedesk.pos.demo.DemoCategory.CHEESE_DELI;
import static com.storedesk.pos.demo.DemoCategory.CHOCOLATE_SWEETS;
import static com.storedesk.pos.demo.DemoCategory.COFFEE_TEA;
import static com.storedesk.pos.demo.DemoCategory.HOME_FRAGRANCE;
import static com.storedesk.pos.demo.DemoCategory.PERSONAL_CARE;
import static com.storedesk.pos.demo.DemoCategory.WINE_SPIRITS;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What shoppers buy together. Each rule says: when a basket holds something matching the
 * trigger, the next item is, with this probability, something matching the target. Triggers and
 * targets name a category or a catalog tag.
 */
final class Affinities {

    static final List<Rule> RULES = List.of(
            new Rule(category(COFFEE_TEA), tag("mug"), 0.12),
            new Rule(tag("bean"), tag("coffee-gear"), 0.05),
            new Rule(tag("bean"), tag("frother"), 0.05),
            new Rule(category(COFFEE_TEA), category(BAKERY), 0.10),
            new Rule(tag("tea"), tag("tea-gear"), 0.07),
            new Rule(category(BAKERY), category(COFFEE_TEA), 0.14),
            new Rule(category(WINE_SPIRITS), category(CHEESE_DELI), 0.25),
            new Rule(category(WINE_SPIRITS), tag("cracker"), 0.14),
            new Rule(category(WINE_SPIRITS), tag("wine-gear"), 0.06),
            new Rule(category(CHEESE_DELI), category(WINE_SPIRITS), 0.18),
            new Rule(category(CHEESE_DELI), tag("cracker"), 0.25),
            new Rule(category(CHEESE_DELI), tag("cheese-pair"), 0.12),
            new Rule(category(CHEESE_DELI), tag("bread"), 0.08),
            new Rule(category(CHOCOLATE_SWEETS), tag("card"), 0.14),
            new Rule(category(CHOCOLATE_SWEETS), tag("wrap"), 0.12),
            new Rule(tag("gift"), tag("card"), 0.15),
            new Rule(tag("gift"), tag("wrap"), 0.15),
            new Rule(category(HOME_FRAGRANCE), category(PERSONAL_CARE), 0.08),
            new Rule(category(HOME_FRAGRANCE), tag("wrap"), 0.06),
            new Rule(category(PERSONAL_CARE), category(HOME_FRAGRANCE), 0.08),
            new Rule(tag("coffee-gear"), tag("bean"), 0.25),
            new Rule(tag("mug"), tag("bean"), 0.15),
            new Rule(tag("wine-gear"), category(WINE_SPIRITS), 0.20));

    /**
     * @param trigger "category:NAME" or "tag:name" that the basket must hold
     * @param target what the companion item must match, same notation
     */
    record Rule(String trigger, String target, double probability) {

        boolean matches(String key, DemoProduct product) {
            return key.startsWith("category:")
                    ? product.category().name().equals(key.substring("category:".length()))
                    : product.tags().contains(key.substring("tag:".length()));
        }
    }

    private final int[][] triggeredBy;
    private final DemoProduct[][] targets;
    private final double[][] targetCumulative;

    Affinities(DemoCatalog catalog) {
        int products = catalog.size();
        triggeredBy = new int[products][];
        for (DemoProduct product : catalog.products()) {
            List<Integer> rules = new ArrayList<>();
            for (int r = 0; r < RULES.size(); r++) {
                if (RULES.get(r).matches(RULES.get(r).trigger(), product)) {
                    rules.add(r);
                }
            }
            triggeredBy[product.index()] = rules.stream().mapToInt(Integer::intValue).toArray();
        }
        targets = new DemoProduct[RULES.size()][];
        targetCumulative = new double[RULES.size()][];
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            targets[r] = catalog.products().stream().filter(p -> rule.matches(rule.target(), p))
                    .toArray(DemoProduct[]::new);
            if (targets[r].length == 0) {
                throw new IllegalStateException("No product matches " + rule.target());
            }
            double[] weights = new double[targets[r].length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = targets[r][i].popularity();
            }
            targetCumulative[r] = Draws.cumulative(weights);
        }
    }

    static String category(DemoCategory category) {
        return "category:" + category.name();
    }

    static String tag(String tag) {
        return "tag:" + tag;
    }

    int ruleCount() {
        return RULES.size();
    }

    /** Indexes of the rules a product in the basket sets off. */
    int[] triggeredBy(DemoProduct product) {
        return triggeredBy[product.index()];
    }

    double probability(int rule) {
        return RULES.get(rule).probability();
    }

    /** A companion for the rule, popular items more likely. */
    DemoProduct companion(SplittableRandom random, int rule) {
        return targets[rule][Draws.pick(random, targetCumulative[rule])];
    }
}
