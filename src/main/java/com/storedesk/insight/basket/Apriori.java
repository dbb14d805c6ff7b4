package com.storedesk.insight.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frequent itemsets level by level (Agrawal and Srikant's Apriori) and the rules with one item on
 * the right that they give, with the thresholds and measures of R's {@code arules::apriori}.
 * Next-best-offer only needs pairs ({@link CoOccurrence} counts those in one pass); this is the
 * general miner a test checks against the published Groceries rules, and what a longer basket
 * rule would use. Holds every transaction as a bit set: meant for thousands of baskets, not years.
 */
public final class Apriori {

    /** Against floating-point noise when a ratio lands exactly on a threshold. */
    private static final double EPSILON = 1e-12;

    private final double minSupport;
    private final double minConfidence;
    private final int minLength;
    private final int maxLength;

    /**
     * @param minSupport least share of baskets holding a rule's items
     * @param minConfidence least P(consequent | antecedent)
     * @param minLength least items in a rule (both sides; 2 leaves out rules with nothing on the left)
     * @param maxLength most items in a rule
     */
    public Apriori(double minSupport, double minConfidence, int minLength, int maxLength) {
        if (!(minSupport > 0 && minSupport <= 1) || minConfidence < 0 || minConfidence > 1 || minLength < 2
                || maxLength < minLength) {
            throw new IllegalArgumentException("Thresholds out of range");
        }
        this.minSupport = minSupport;
        this.minConfidence = minConfidence;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** Rules over items numbered 0..items-1, in the order their itemsets were found. */
    public List<AssociationRule> rules(List<int[]> transactions, int items) {
        int n = transactions.size();
        if (n == 0) {
            return List.of();
        }
        List<BitSet> baskets = new ArrayList<>(n);
        int[] single = new int[items];
        for (int[] transaction : transactions) {
            BitSet basket = new BitSet(items);
            for (int item : transaction) {
                basket.set(item);
            }
            basket.stream().forEach(item -> single[item]++);
            baskets.add(basket);
        }
        Map<List<Integer>, Integer> counts = new HashMap<>();
        List<int[]> level = new ArrayList<>();
        for (int item = 0; item < items; item++) {
            if (frequent(single[item], n)) {
                level.add(new int[] {item});
                counts.put(List.of(item), single[item]);
            }
        }
        List<AssociationRule> rules = new ArrayList<>();
        for (int size = 2; size <= maxLength && !level.isEmpty(); size++) {
            List<int[]> candidates = candidates(level, counts);
            int[] found = new int[candidates.size()];
            for (BitSet basket : baskets) {
                for (int c = 0; c < candidates.size(); c++) {
                    if (holds(basket, candidates.get(c))) {
                        found[c]++;
                    }
                }
            }
            List<int[]> next = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                if (frequent(found[c], n)) {
                    int[] itemset = candidates.get(c);
                    next.add(itemset);
                    counts.put(asList(itemset), found[c]);
                    if (size >= minLength) {
                        addRules(itemset, found[c], n, single, counts, rules);
                    }
                }
            }
            level = next;
        }
        return rules;
    }

    private boolean frequent(int count, int baskets) {
        return (double) count / baskets >= minSupport - EPSILON;
    }

    /** Joins itemsets that share all but their last item, keeping those whose every subset is frequent. */
    private static List<int[]> candidates(List<int[]> level, Map<List<Integer>, Integer> counts) {
        List<int[]> candidates = new ArrayList<>();
        for (int a = 0; a < level.size(); a++) {
            for (int b = a + 1; b < level.size(); b++) {
                int[] left = level.get(a);
                int[] right = level.get(b);
                int k = left.length;
                if (!Arrays.equals(left, 0, k - 1, right, 0, k - 1)) {
                    continue;
                }
                int[] joined = Arrays.copyOf(left, k + 1);
                joined[k] = right[k - 1];
                Arrays.sort(joined);
                if (allSubsetsFrequent(joined, counts)) {
                    candidates.add(joined);
                }
            }
        }
        return candidates;
    }

    private static boolean allSubsetsFrequent(int[] itemset, Map<List<Integer>, Integer> counts) {
        for (int leave = 0; leave < itemset.length; leave++) {
            if (!counts.containsKey(without(itemset, leave))) {
                return false;
            }
        }
        return true;
    }

    private void addRules(int[] itemset, int count, int baskets, int[] single, Map<List<Integer>, Integer> counts,
            List<AssociationRule> rules) {
        for (int right = 0; right < itemset.length; right++) {
            List<Integer> antecedent = without(itemset, right);
            double confidence = (double) count / counts.get(antecedent);
            if (confidence >= minConfidence - EPSILON) {
                double consequentSupport = (double) single[itemset[right]] / baskets;
                rules.add(new AssociationRule(antecedent, itemset[right], count, (double) count / baskets,
                        confidence, confidence / consequentSupport));
            }
        }
    }

    private static boolean holds(BitSet basket, int[] itemset) {
        for (int item : itemset) {
            if (!basket.get(item)) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> without(int[] itemset, int leave) {
        List<Integer> rest = new ArrayList<>(itemset.length - 1);
        for (int i = 0; i < itemset.length; i++) {
            if (i != leave) {
                rest.add(itemset[i]);
            }
        }
        return List.copyOf(rest);
    }

    private static List<Integer> asList(int[] itemset) {
        return Arrays.stream(itemset).boxed().toList();
    }
}
