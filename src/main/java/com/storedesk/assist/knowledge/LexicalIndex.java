package com.storedesk.assist.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 over the passages' words: finds the exact terms ("opened electronics", a product's name)
 * that embeddings of a small corpus sometimes rank second. Immutable; built in milliseconds.
 */
final class LexicalIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> counts;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    LexicalIndex(List<Passage> passages) {
        this.counts = passages.stream().map(passage -> count(Words.of(passage.searchText()))).toList();
        this.lengths = new int[passages.size()];
        long total = 0;
        for (int i = 0; i < passages.size(); i++) {
            Map<String, Integer> words = counts.get(i);
            lengths[i] = words.values().stream().mapToInt(Integer::intValue).sum();
            total += lengths[i];
            words.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        this.averageLength = passages.isEmpty() ? 1 : Math.max(1, (double) total / passages.size());
    }

    /** One score per passage, in the passages' order; 0 where no word of the query occurs. */
    double[] scores(String query) {
        double[] scores = new double[counts.size()];
        int n = counts.size();
        for (String word : count(Words.of(query)).keySet()) {
            Integer df = documentFrequency.get(word);
            if (df == null) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                Integer tf = counts.get(i).get(word);
                if (tf != null) {
                    double norm = K1 * (1 - B + B * lengths[i] / averageLength);
                    scores[i] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return scores;
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
