package com.storedesk.insight.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule miner against the published rules of the arules Groceries data (9,835 real baskets):
 * apriori with support 0.006, confidence 0.25 and at least two items gives the same 463 rules with
 * the same support, confidence and lift (see src/test/resources/insight/basket/groceries/NOTICE.txt).
 */
class GroceriesRulesTest {

    private static final String FOLDER = "/insight/basket/groceries/";

    private static final Map<String, Integer> itemIds = new LinkedHashMap<>();
    private static final List<String> itemNames = new ArrayList<>();
    private static final List<int[]> baskets = new ArrayList<>();
    private static Map<String, Reference> reference;

    private record Reference(double support, double confidence, double lift, int count) {
    }

    @BeforeAll
    static void load() throws IOException {
        for (String line : lines("groceries_arules_baskets.csv")) {
            baskets.add(Arrays.stream(line.split(",")).mapToInt(GroceriesRulesTest::id).distinct().toArray());
        }
        reference = new LinkedHashMap<>();
        List<String> rules = lines("groceries_rules_supp0.006_conf0.25_minlen2.csv");
        for (String line : rules.subList(1, rules.size())) {
            int split = line.startsWith("\"") ? line.indexOf("\",") + 1 : line.indexOf("},") + 1;
            String lhs = line.substring(0, split).replace("\"", "");
            String[] rest = line.substring(split + 1).split(",");
            reference.put(key(lhs, rest[0]), new Reference(Double.parseDouble(rest[1]), Double.parseDouble(rest[2]),
                    Double.parseDouble(rest[3]), Integer.parseInt(rest[4])));
        }
    }

    @Test
    void theDataIsTheOnePublished() {
        assertThat(baskets).hasSize(9_835);
        assertThat(itemNames).hasSize(169);
        assertThat(baskets.stream().mapToInt(b -> b.length).sum()).isEqualTo(43_367);
        assertThat(reference).hasSize(463);
    }

    @Test
    void aprioriFindsThePublishedRulesWithTheirMeasures() {
        List<AssociationRule> mined = new Apriori(0.006, 0.25, 2, 10).rules(baskets, itemNames.size());

        Map<String, AssociationRule> byKey = new HashMap<>();
        for (AssociationRule rule : mined) {
            byKey.put(key(rule), rule);
        }
        assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(reference.keySet());
        assertThat(mined.stream().collect(Collectors.groupingBy(AssociationRule::length, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(2, 150L, 3, 297L, 4, 16L));
        reference.forEach((key, expected) -> {
            AssociationRule rule = byKey.get(key);
            assertThat(rule.count()).as(key).isEqualTo(expected.count());
            assertThat(rule.support()).as(key).isCloseTo(expected.support(), within(5e-9));
            assertThat(rule.confidence()).as(key).isCloseTo(expected.confidence(), within(5e-7));
            assertThat(rule.lift()).as(key).isCloseTo(expected.lift(), within(5e-6));
        });
    }

    @Test
    void theTopRuleByLiftIsHerbsToRootVegetables() {
        AssociationRule top = new Apriori(0.006, 0.25, 2, 10).rules(baskets, itemNames.size()).stream()
                .max((a, b) -> Double.compare(a.lift(), b.lift())).orElseThrow();

        assertThat(key(top)).isEqualTo("{herbs} => {root vegetables}");
        assertThat(top.lift()).isCloseTo(3.956477, within(5e-6));
    }

    /** The pair counts next-best-offer uses give the same numbers as the published two-item rules. */
    @Test
    void pairCountsAgreeWithEveryTwoItemRule() {
        CoOccurrence dense = new CoOccurrence(itemNames.size());
        baskets.forEach(dense::add);
        int checked = 0;
        for (Map.Entry<String, Reference> entry : reference.entrySet()) {
            String[] sides = entry.getKey().split(" => ");
            if (sides[0].contains(",")) {
                continue;
            }
            int from = id(sides[0].substring(1, sides[0].length() - 1));
            int to = id(sides[1].substring(1, sides[1].length() - 1));
            Reference expected = entry.getValue();
            assertThat(dense.count(from, to)).as(entry.getKey()).isEqualTo(expected.count());
            assertThat(dense.support(from, to)).as(entry.getKey()).isCloseTo(expected.support(), within(5e-9));
            assertThat(dense.confidence(from, to)).as(entry.getKey()).isCloseTo(expected.confidence(), within(5e-7));
            assertThat(dense.lift(from, to)).as(entry.getKey()).isCloseTo(expected.lift(), within(5e-6));
            checked++;
        }
        assertThat(checked).isEqualTo(150);
    }

    private static int id(String name) {
        return itemIds.computeIfAbsent(name, n -> {
            itemNames.add(n);
            return itemNames.size() - 1;
        });
    }

    private static String key(AssociationRule rule) {
        TreeSet<String> lhs = rule.antecedent().stream().map(itemNames::get).collect(Collectors.toCollection(TreeSet::new));
        return "{" + String.join(",", lhs) + "} => {" + itemNames.get(rule.consequent()) + "}";
    }

    private static String key(String lhs, String rhs) {
        TreeSet<String> items = new TreeSet<>(Arrays.asList(lhs.substring(1, lhs.length() - 1).split(",")));
        return "{" + String.join(",", items) + "} => " + rhs;
    }

    private static List<String> lines(String file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(GroceriesRulesTest.class.getResourceAsStream(FOLDER + file), file),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isEmpty()).toList();
        }
    }
}
