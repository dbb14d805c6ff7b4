package com.storedesk.assist.privacy;

/** The check digit payment cards carry; it tells a card number from any other long number. */
final class Luhn {

    private Luhn() {
    }

    static boolean valid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
