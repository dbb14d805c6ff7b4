package com.storedesk.pos.demo;

/** EAN-13 barcodes with their GS1 check digit. */
final class Gtin {

    private Gtin() {
    }

    /** The thirteen digits for twelve, with the check digit appended. */
    static String ean13(String twelveDigits) {
        if (twelveDigits.length() != 12 || !twelveDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("EAN-13 needs twelve digits before the check digit: " + twelveDigits);
        }
        return twelveDigits + checkDigit(twelveDigits);
    }

    static boolean isValid(String ean13) {
        return ean13 != null && ean13.length() == 13 && ean13.chars().allMatch(Character::isDigit)
                && checkDigit(ean13.substring(0, 12)) == ean13.charAt(12) - '0';
    }

    /** Digits weigh 1 and 3 alternately from the left; the check digit rounds the sum up to a ten. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }
}
