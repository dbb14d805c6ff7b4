package com.storedesk.assist.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data nobody listed: e-mail addresses, card numbers (13 to 19 digits that pass
 * Luhn), phone numbers in international ({@code +49 30 1234567}) and local forms
 * ({@code (212) 555-0123}, {@code 06 12 34 56 78}), and loyalty ids by the store's pattern. The
 * phone rules are shaped so that dates, prices, sizes and product codes are left alone; a
 * customer's own number is masked whatever its shape.
 */
final class PatternFinder {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+'!#$&*/=?^`{|}~-])[\\w.%+'!#$&*/=?^`{|}~-]+"
                    + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}(?![\\w-])");
    /** Digits, maybe grouped by single spaces, dots, dashes or parentheses, maybe after a plus. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w+.-])\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[ .\\-]?(?:\\(\\d{1,5}\\)|\\d))*");
    private static final Pattern GROUPS = Pattern.compile("\\d+");
    private static final Pattern CARD_SEPARATORS = Pattern.compile("[\\d \\-]+");

    private final Pattern loyaltyId;
    private final Set<String> knownPhones;

    /**
     * @param loyaltyIdPattern the store's loyalty id format, a regular expression
     * @param knownPhones {@link #phoneKey} of each known customer's phone
     */
    PatternFinder(Pattern loyaltyIdPattern, Set<String> knownPhones) {
        this.loyaltyId = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + loyaltyIdPattern.pattern() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
        this.knownPhones = Set.copyOf(knownPhones);
    }

    List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            found.add(new Finding(email.start(), email.end(), PiiKind.EMAIL, KnownValueFinder.emailKey(email.group()), ""));
        }
        Matcher loyalty = loyaltyId.matcher(text);
        while (loyalty.find()) {
            if (loyalty.end() > loyalty.start()) {
                found.add(new Finding(loyalty.start(), loyalty.end(), PiiKind.LOYALTY_ID,
                        KnownValueFinder.loyaltyKey(loyalty.group()), ""));
            }
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            classify(number.group(), number.start()).ifPresent(found::add);
        }
        return found;
    }

    private Optional<Finding> classify(String candidate, int start) {
        String digits = candidate.replaceAll("\\D", "");
        int end = start + candidate.length();
        if (digits.length() >= 13 && digits.length() <= 19 && !candidate.startsWith("+")
                && CARD_SEPARATORS.matcher(candidate).matches() && Luhn.valid(digits)) {
            return Optional.of(new Finding(start, end, PiiKind.CARD, digits, ""));
        }
        if (digits.length() >= 7 && knownPhones.contains(phoneKey(digits)) || looksLikePhone(candidate, digits)) {
            return Optional.of(new Finding(start, end, PiiKind.PHONE, phoneKey(digits), ""));
        }
        return Optional.empty();
    }

    private static boolean looksLikePhone(String candidate, String digits) {
        if (candidate.startsWith("+")) {
            return digits.length() >= 8 && digits.length() <= 15;
        }
        if (digits.length() < 7 || digits.length() > 12) {
            return false;
        }
        List<Integer> groups = groupLengths(candidate);
        if (groups.size() == 1) {
            // Unbroken: a ten-digit number, or eleven with a trunk or country prefix; shorter or longer
            // runs are order numbers and product codes.
            return digits.length() == 10 || digits.length() == 11 && (digits.startsWith("0") || digits.startsWith("1"));
        }
        if (candidate.startsWith("(")) {
            return true;
        }
        if (digits.startsWith("0")) {
            return digits.length() >= 9;
        }
        return northAmerican(groups);
    }

    /** 555-0123, 212 555 0123, 1-212-555-0123: the shapes a North American number is written in. */
    private static boolean northAmerican(List<Integer> groups) {
        return groups.equals(List.of(3, 4)) || groups.equals(List.of(3, 3, 4)) || groups.equals(List.of(1, 3, 3, 4));
    }

    private static List<Integer> groupLengths(String candidate) {
        List<Integer> lengths = new ArrayList<>();
        Matcher group = GROUPS.matcher(candidate);
        while (group.find()) {
            lengths.add(group.group().length());
        }
        return lengths;
    }

    /** One number however written: its last ten digits (country and trunk prefixes vary). */
    static String phoneKey(String digits) {
        String only = digits.replaceAll("\\D", "");
        return only.length() <= 10 ? only : only.substring(only.length() - 10);
    }
}
