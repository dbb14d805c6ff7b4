package com.storedesk.assist.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a known value in text as a whole word, any run of spaces in the value matching any run in
 * the text ("Maria  Lopez" across a line break still is her name). A plain substring test comes
 * first, so thousands of known customers cost little when few of them are mentioned.
 */
final class ValueSearch {

    private ValueSearch() {
    }

    /** Start and end of each occurrence. */
    static List<int[]> occurrences(String text, String lowerText, String value, boolean ignoreCase) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] words = trimmed.split("\\s+");
        boolean maybe = ignoreCase ? lowerText.contains(words[0].toLowerCase(Locale.ROOT)) : text.contains(words[0]);
        if (!maybe) {
            return List.of();
        }
        StringBuilder regex = new StringBuilder();
        if (isWordChar(trimmed.charAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        if (isWordChar(trimmed.charAt(trimmed.length() - 1))) {
            regex.append("(?![\\p{L}\\p{N}])");
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        Matcher matcher = Pattern.compile(regex.toString(), flags).matcher(text);
        List<int[]> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
