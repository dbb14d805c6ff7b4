package com.storedesk.assist.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words for the lexical search: lower case, accents dropped, common words left out, and a light
 * stemmer so "returns", "returned" and "returning" meet "return".
 */
final class Words {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can", "do",
            "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "my", "of", "on", "or",
            "our", "she", "he", "so", "that", "the", "their", "them", "they", "this", "to", "us", "was", "we",
            "what", "when", "where", "which", "who", "will", "with", "you", "your", "me", "any", "there", "should",
            "would", "could", "been", "into", "than", "then", "these", "those", "about", "customer", "someone");

    private Words() {
    }

    static List<String> of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return undouble(word.substring(0, word.length() - 3));
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return undouble(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("es") && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
                || word.endsWith("sses"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "shopp" from "shopping" back to "shop"; "bak" stays. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdfglmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
