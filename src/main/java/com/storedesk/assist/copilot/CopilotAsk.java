package com.storedesk.assist.copilot;

import com.storedesk.assist.Answer;
import com.storedesk.assist.AnswerMode;
import com.storedesk.assist.AssistGateway;
import com.storedesk.assist.AssistRequest;
import com.storedesk.assist.knowledge.KnowledgeBase;
import com.storedesk.assist.knowledge.KnowledgeHit;
import com.storedesk.assist.privacy.KnownCustomer;
import com.storedesk.assist.privacy.MaskingContext;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Answers an associate's question. With a model, the copilot prompt goes out with the top knowledge
 * passages as its facts and the four look-ups as tools (see {@link AssistGateway#askWithTools});
 * without one, or when it fails, {@link BestEffortAnswer} answers from the same look-ups. Either way
 * the answer lists what it rests on. Blocking: run it off the FX thread.
 */
public final class CopilotAsk {

    /** Knowledge passages an answer starts from and cites. */
    static final int PASSAGES = 3;

    private final AssistGateway gateway;
    private final CopilotTools.CopilotLookups lookups;
    private final Clock clock;

    public CopilotAsk(AssistGateway gateway, ProductSearch products, StockByStore stock, CustomerHistory history,
            KnowledgeBase knowledge, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.lookups = new CopilotTools.CopilotLookups(Objects.requireNonNull(products, "products"),
                Objects.requireNonNull(stock, "stock"), Objects.requireNonNull(history, "history"),
                Objects.requireNonNull(knowledge, "knowledge"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CopilotAnswer ask(CopilotQuestion question) {
        List<KnowledgeHit> passages = lookups.knowledge().search(question.text(), PASSAGES);
        Findings byModel = new Findings();
        AtomicReference<Findings> bestEffort = new AtomicReference<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(),
                question.store().map(StoreSummary::timeZone).orElse(clock.getZone()));
        Answer answer = gateway.askWithTools(request(question, passages, () -> {
            Findings found = new Findings();
            bestEffort.set(found);
            return new BestEffortAnswer(lookups, new Messages(question.language())).answer(question, passages, today,
                    found);
        }), new CopilotTools(lookups, question, byModel).all());
        if (answer.mode() == AnswerMode.MODEL) {
            // What the model looked up first, then the passages it was given.
            Set<CopilotSource> sources = new LinkedHashSet<>(byModel.sources());
            passages.forEach(hit -> sources.add(new CopilotSource(CopilotSource.Kind.KNOWLEDGE, hit.citation())));
            return new CopilotAnswer(answer.text(), answer.mode(), answer.outcome(), new ArrayList<>(sources),
                    byModel.stock(), byModel.history());
        }
        Findings found = bestEffort.get();
        return new CopilotAnswer(answer.text(), answer.mode(), answer.outcome(), found.sources(), found.stock(),
                found.history());
    }

    private AssistRequest request(CopilotQuestion question, List<KnowledgeHit> passages,
            Supplier<String> fallback) {
        Map<String, String> slots = Map.of(
                "language", question.language().locale().getDisplayLanguage(Locale.ENGLISH),
                "store", question.store().map(s -> s.name() + " (" + s.code() + ")").orElse("the store"),
                "customer", question.customer().map(CopilotAsk::customerSlot).orElse("none chosen"),
                "facts", facts(passages) + "\n\nTools can look up products, stock by store, the customer's purchases"
                        + " and more passages; use them when these facts do not answer the question.",
                "question", question.text());
        MaskingContext masking = question.customer().map(c -> MaskingContext.of(known(c))).orElse(MaskingContext.none());
        return new AssistRequest(ShippedPrompts.COPILOT_ASK, slots, masking, fallback, question.actor(),
                question.store().map(StoreSummary::id).orElse(null));
    }

    /** The passages as the model reads them: numbered, each with its citation. */
    static String facts(List<KnowledgeHit> hits) {
        if (hits.isEmpty()) {
            return "No passage of the store's guides matches.";
        }
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (KnowledgeHit hit : hits) {
            text.append(n == 1 ? "" : "\n\n").append('[').append(n++).append("] ").append(hit.citation()).append('\n')
                    .append(hit.passage().text().strip());
        }
        return text.toString();
    }

    private static String customerSlot(CustomerRecord customer) {
        String name = customer.displayName().isEmpty() ? "a customer without a name" : customer.displayName();
        return customer.loyaltyId() == null ? name : name + ", member " + customer.loyaltyId();
    }

    private static KnownCustomer known(CustomerRecord customer) {
        return new KnownCustomer(customer.firstName(), customer.lastName(), customer.email(), customer.phone(), null,
                customer.loyaltyId());
    }
}
