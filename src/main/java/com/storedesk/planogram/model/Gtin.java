package com.storedesk.planogram.model;

import java.util.Optional;

/**
 * A Global Trade Item Number, kept as its fourteen-digit form so that the forms a scanner or a
 * spreadsheet gives for one product compare equal: EAN-8 ({@code 96385074}), UPC-A
 * ({@code 036000291452}), EAN-13 ({@code 0036000291452}) and GTIN-14 with leading zeros
 * ({@code 00036000291452}). The check digit is the GS1 one: digits weigh 3 and 1 alternately
 * from the right, and the check digit rounds their sum up to a multiple of ten.
 *
 * <p>A UPC-E ({@code 04252614}) is a UPC-A with its zeros suppressed; it is kept as the UPC-A it
 * expands to ({@code 042100005264}), so a small pack's label matches the same product's UPC-A or
 * EAN-13 on a planogram. Eight digits are an EAN-8 when its check digit holds, else a UPC-E when
 * theirs does; a decoder that knows the symbology uses {@link #fromUpcE} directly.
 */
public record Gtin(String digits) {

    /** Why a text is not a GTIN, for the messages that say so. */
    public enum Problem {
        NOT_DIGITS,
        WRONG_LENGTH,
        CHECK_DIGIT
    }

    public Gtin {
        if (digits == null || digits.length() != 14 || !allDigits(digits) || !checkDigitHolds(digits)) {
            throw new IllegalArgumentException("Not a fourteen-digit GTIN with its check digit: " + digits);
        }
    }

    /** The GTIN a code of 8, 12, 13 or 14 digits stands for, if its check digit is right. */
    public static Optional<Gtin> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(new Gtin(normalized(text.strip())));
    }

    /**
     * The GTIN of an eight-digit UPC-E (number system 0 or 1, six digits, check digit), expanded
     * by the GS1 rules to its UPC-A, if the check digit of that UPC-A holds.
     */
    public static Optional<Gtin> fromUpcE(String text) {
        return upcAOf(text == null ? "" : text.strip()).map(upcA -> new Gtin(padded(upcA)));
    }

    /** What is wrong with {@code text} as a GTIN, or empty if it is one. */
    public static Optional<Problem> problem(String text) {
        if (text == null) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        String stripped = text.strip();
        if (!allDigits(stripped) || stripped.isEmpty()) {
            return Optional.of(Problem.NOT_DIGITS);
        }
        int length = stripped.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        boolean holds = checkDigitHolds(padded(stripped)) || length == 8 && upcAOf(stripped).isPresent();
        return holds ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    /** The check digit for the digits before it (7, 11, 12 or 13 of them). */
    public static int checkDigit(String digitsBeforeCheck) {
        if (!allDigits(digitsBeforeCheck) || digitsBeforeCheck.isEmpty()) {
            throw new IllegalArgumentException("Digits only: " + digitsBeforeCheck);
        }
        int sum = 0;
        int weight = 3;
        for (int i = digitsBeforeCheck.length() - 1; i >= 0; i--) {
            sum += (digitsBeforeCheck.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** The shortest usual form: EAN-8, UPC-A (twelve digits), EAN-13, or all fourteen digits. */
    public String shortForm() {
        if (digits.startsWith("000000")) {
            return digits.substring(6);
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    @Override
    public String toString() {
        return shortForm();
    }

    private static String normalized(String digits) {
        return checkDigitHolds(padded(digits)) ? padded(digits) : padded(upcAOf(digits).orElseThrow());
    }

    /**
     * The twelve-digit UPC-A a UPC-E stands for. Its sixth digit says where the zeros go: 0-2 after
     * the first two manufacturer digits (the sixth digit ends the manufacturer part), 3 after three,
     * 4 after four, 5-9 after five with the sixth digit last.
     */
    private static Optional<String> upcAOf(String upcE) {
        if (upcE.length() != 8 || !allDigits(upcE) || upcE.charAt(0) > '1') {
            return Optional.empty();
        }
        char system = upcE.charAt(0);
        String d = upcE.substring(1, 7);
        char last = d.charAt(5);
        String body = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        String withoutCheck = system + body;
        return checkDigit(withoutCheck) == upcE.charAt(7) - '0'
                ? Optional.of(withoutCheck + upcE.charAt(7))
                : Optional.empty();
    }

    private static String padded(String digits) {
        return "0".repeat(14 - digits.length()) + digits;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean checkDigitHolds(String fourteen) {
        return checkDigit(fourteen.substring(0, 13)) == fourteen.charAt(13) - '0';
    }
}
