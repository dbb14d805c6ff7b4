package com.storedesk.actions.help;

import java.util.List;
import java.util.Objects;

/**
 * What the copilot sends when an associate calls a manager.
 *
 * @param associate the associate's name as the inbox shows it
 * @param customerId the customer shown, or null when none is
 * @param loyaltyId that customer's loyalty card, or null
 * @param reason the one line the associate typed, or null
 * @param conversation the questions and answers so far, oldest first
 */
public record HelpRequest(long storeId, String associate, Long customerId, String loyaltyId, String reason,
        List<Exchange> conversation) {

    public HelpRequest {
        Objects.requireNonNull(associate, "associate");
        conversation = List.copyOf(conversation);
    }

    /** Names no one and repeats nothing typed, so a logged request leaks nothing. */
    @Override
    public String toString() {
        return "HelpRequest[store " + storeId + ", " + conversation.size() + " exchanges]";
    }
}
