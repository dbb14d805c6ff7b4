package com.storedesk.insight.customer;

import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.CustomerRecord;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds customers by whatever the associate typed or scanned: an e-mail, a phone number, a loyalty
 * id (a scanner types the card's barcode into the same field) or a name. Blocking: off the FX thread.
 */
public final class CustomerSearch {

    /** How many matches a search shows: enough to pick from, few enough to read on a kiosk. */
    public static final int MOST = 20;
    /** Fewer digits than this match too many phone numbers to be useful. */
    static final int FEWEST_PHONE_DIGITS = 7;
    private static final Pattern PHONE = Pattern.compile("[+()\\d\\s.-]+");

    private final CustomerFactsRepository customers;

    public CustomerSearch(CustomerFactsRepository customers) {
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    public List<CustomerRecord> find(String typed) {
        String query = typed == null ? "" : typed.strip();
        if (query.length() < 2) {
            return List.of();
        }
        if (query.contains("@")) {
            return customers.byEmail(query);
        }
        String digits = query.replaceAll("[^0-9]", "");
        if (PHONE.matcher(query).matches() && digits.length() >= FEWEST_PHONE_DIGITS) {
            List<CustomerRecord> byCard = customers.byLoyaltyId(query);
            return byCard.isEmpty() ? customers.byPhoneDigits(digits, MOST) : byCard;
        }
        if (!query.contains(" ") && query.chars().anyMatch(Character::isDigit)) {
            return customers.byLoyaltyId(query);
        }
        return customers.byName(query, MOST);
    }
}
