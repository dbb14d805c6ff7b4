package com.storedesk.assist.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call's masking: texts masked through it share placeholders, and {@link #unmask} puts the
 * original values back into the model's answer, here on this machine. Not thread-safe; one per call.
 */
public final class Masking {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<(?:CUSTOMER|EMAIL|PHONE|ADDRESS|LOYALTY_ID|CARD)_\\d+(?:_FIRST|_LAST)?>",
                    Pattern.CASE_INSENSITIVE);
    /** Where findings overlap, the one that starts first wins, then the longer, so a full name beats its first name. */
    private static final Comparator<Finding> PRECEDENCE =
            Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::length).reversed());

    private final KnownValueFinder known;
    private final PatternFinder patterns;
    private final Placeholders placeholders = new Placeholders();

    Masking(KnownValueFinder known, PatternFinder patterns) {
        this.known = known;
        this.patterns = patterns;
    }

    /** {@code text} with every personal value in it replaced by its placeholder. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        List<Finding> findings = new ArrayList<>(known.find(text));
        findings.addAll(patterns.find(text));
        findings.sort(PRECEDENCE);
        StringBuilder masked = new StringBuilder(text.length());
        int at = 0;
        for (Finding finding : findings) {
            if (finding.start() < at) {
                continue;
            }
            masked.append(text, at, finding.start())
                    .append(placeholders.placeholder(finding, text.substring(finding.start(), finding.end())));
            at = finding.end();
        }
        return masked.append(text, at, text.length()).toString();
    }

    /** The answer with each placeholder this call gave out replaced by what it stood for; others stay. */
    public String unmask(String answer) {
        if (answer == null) {
            return "";
        }
        Matcher token = PLACEHOLDER.matcher(answer);
        StringBuilder restored = new StringBuilder(answer.length());
        while (token.find()) {
            String original = placeholders.original(token.group().toUpperCase(Locale.ROOT));
            token.appendReplacement(restored, Matcher.quoteReplacement(original == null ? token.group() : original));
        }
        token.appendTail(restored);
        return restored.toString();
    }

    /** How many distinct values were masked so far (for tests and the log: never the values). */
    public int maskedValues() {
        return placeholders.size();
    }
}
