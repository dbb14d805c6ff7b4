package com.storedesk.assist.copilot;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A question's words as the look-ups compare them: lower case, without accents, ß as ss. */
final class QuestionWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that say what is asked, not about what: they never pick a product. */
    private static final Set<String> NOT_A_PRODUCT = Set.copyOf(List.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "do", "does", "did", "this", "that", "these", "those",
            "it", "its", "in", "at", "of", "for", "to", "on", "by", "with", "from", "and", "or", "any", "some", "have",
            "has", "had", "we", "you", "she", "he", "they", "her", "his", "their", "them", "me", "my", "our", "i",
            "come", "comes", "another", "other", "others", "store", "stores", "shop", "stock", "stocks", "available",
            "availability", "still", "left", "size", "sizes", "what", "which", "when", "where", "who", "how", "much",
            "many", "can", "could", "would", "will", "there", "here", "buy", "bought", "purchase", "purchased", "get",
            "got", "carry", "hand", "not", "no", "yes", "please", "last", "next", "this", "year", "month", "week",
            "if", "so", "up", "out", "one", "ones", "about", "tell", "show", "customer",
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "ist", "gibt", "es", "im", "haben", "wir", "sie",
            "er", "noch", "auf", "lager", "filiale", "anderen", "andere", "welche", "was", "wie", "viel", "hat",
            "le", "la", "les", "un", "une", "est", "il", "y", "des", "du", "de", "en", "avez", "vous", "elle",
            "autre", "magasin", "taille", "disponible", "quel", "quelle", "combien", "ce", "que", "qu",
            "el", "los", "las", "una", "uno", "es", "hay", "tiene", "tienen", "otra", "otro", "tienda", "talla",
            "que", "cual", "cuanto", "ella", "su", "del", "al"));

    private QuestionWords() {
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace("\u00df", "ss").toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text}, in order, plurals folded ("grinders" is "grinder"). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(normalize(text))) {
            if (!word.isEmpty()) {
                words.add(fold(word));
            }
        }
        return words;
    }

    /** The words that could name a product: the question's words less the asking ones. */
    static List<String> productWords(String text) {
        return words(text).stream().filter(w -> !NOT_A_PRODUCT.contains(w)).distinct().toList();
    }

    private static String fold(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
