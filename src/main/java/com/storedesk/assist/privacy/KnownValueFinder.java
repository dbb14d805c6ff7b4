package com.storedesk.assist.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the known customers' own values: full names (either order, any case), e-mails, addresses
 * and loyalty ids (any case), and a first or last name alone (only as written in the record, so
 * that a customer called May does not hide every "may" in a question). Phones are found by the
 * number patterns, which know the customers' numbers.
 */
final class KnownValueFinder {

    private static final int SHORTEST_NAME_PART = 2;

    private final List<KnownCustomer> customers;

    KnownValueFinder(MaskingContext context) {
        this.customers = context.customers();
    }

    List<Finding> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Finding> found = new ArrayList<>();
        Set<Integer> mentioned = new LinkedHashSet<>();
        for (int i = 0; i < customers.size(); i++) {
            KnownCustomer customer = customers.get(i);
            String who = customerKey(i);
            int before = found.size();
            if (!KnownCustomer.blank(customer.firstName()) && !KnownCustomer.blank(customer.lastName())) {
                add(found, text, lower, customer.fullName().orElseThrow(), true, PiiKind.CUSTOMER, who, "");
                add(found, text, lower, customer.lastName().trim() + ", " + customer.firstName().trim(), true,
                        PiiKind.CUSTOMER, who, "");
            }
            add(found, text, lower, customer.email(), true, PiiKind.EMAIL, emailKey(customer.email()), "");
            add(found, text, lower, customer.address(), true, PiiKind.ADDRESS, addressKey(customer.address()), "");
            add(found, text, lower, customer.loyaltyId(), true, PiiKind.LOYALTY_ID, loyaltyKey(customer.loyaltyId()),
                    "");
            if (found.size() > before) {
                mentioned.add(i);
            }
        }
        findNameParts(text, lower, mentioned, found);
        return found;
    }

    /** A name alone belongs to a customer mentioned otherwise in the text if one has it, else to the first who has it. */
    private void findNameParts(String text, String lower, Set<Integer> mentioned, List<Finding> found) {
        List<Integer> order = new ArrayList<>(mentioned);
        for (int i = 0; i < customers.size(); i++) {
            if (!mentioned.contains(i)) {
                order.add(i);
            }
        }
        Set<String> done = new LinkedHashSet<>();
        for (int i : order) {
            KnownCustomer customer = customers.get(i);
            part(found, text, lower, done, customer.firstName(), customerKey(i), "_FIRST");
            part(found, text, lower, done, customer.lastName(), customerKey(i), "_LAST");
        }
    }

    private static void part(List<Finding> found, String text, String lower, Set<String> done, String name, String who,
            String form) {
        if (KnownCustomer.blank(name) || name.trim().length() < SHORTEST_NAME_PART || !done.add(form + name.trim())) {
            return;
        }
        add(found, text, lower, name, false, PiiKind.CUSTOMER, who, form);
    }

    private static void add(List<Finding> found, String text, String lower, String value, boolean ignoreCase,
            PiiKind kind, String key, String form) {
        if (KnownCustomer.blank(value)) {
            return;
        }
        for (int[] at : ValueSearch.occurrences(text, lower, value, ignoreCase)) {
            found.add(new Finding(at[0], at[1], kind, key, form));
        }
    }

    static String customerKey(int index) {
        return "customer:" + index;
    }

    static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return address == null ? "" : address.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String loyaltyKey(String loyaltyId) {
        return loyaltyId == null ? "" : loyaltyId.trim().toUpperCase(Locale.ROOT);
    }
}
