package com.storedesk.insight.basket;

import java.util.List;

/**
 * "Baskets holding every item of {@code antecedent} also hold {@code consequent}", with the
 * usual measures: {@code support} of the whole itemset, {@code confidence} = P(consequent |
 * antecedent), {@code lift} = confidence / support(consequent); {@code count} baskets hold it all.
 */
public record AssociationRule(List<Integer> antecedent, int consequent, int count, double support,
        double confidence, double lift) {

    public AssociationRule {
        antecedent = List.copyOf(antecedent);
    }

    /** Items in the rule, both sides. */
    public int length() {
        return antecedent.size() + 1;
    }
}
