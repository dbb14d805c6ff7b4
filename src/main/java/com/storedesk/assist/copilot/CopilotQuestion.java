package com.storedesk.assist.copilot;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.i18n.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An associate's question, with the customer being served (if one is chosen) and the store asking
 * (if known). Holds personal data: {@link #toString} shows none of it.
 *
 * @param actor who asks, for the audit trail
 */
public record CopilotQuestion(String text, Optional<CustomerRecord> customer, Optional<StoreSummary> store,
        Language language, String actor) {

    public CopilotQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
        return "CopilotQuestion[" + text.length() + " characters, customer " + (customer.isPresent() ? "chosen" : "none")
                + ", store " + store.map(StoreSummary::code).orElse("none") + ", " + language + "]";
    }
}
