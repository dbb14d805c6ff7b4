package com.storedesk.actions.help;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionRefusedException.Reason;
import com.storedesk.actions.ActionService;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Calling a manager from the copilot: the request goes into the approval inbox as a help request,
 * routed to the store's managers by the policy's built-in rule and audited by the action service
 * like any action. It is a queue: it waits there whether or not a manager is signed in, or exists,
 * until one answers it or it expires. Blocking: call it off the FX thread.
 */
public final class HelpRequests {

    /** How long a request waits: a shift. A customer is not kept waiting longer than that. */
    public static final Duration OPEN_FOR = Duration.ofHours(8);
    /** The most recent exchanges kept with a request; the inbox says how many earlier ones were left out. */
    public static final int MOST_EXCHANGES = 6;
    static final int QUESTION_LENGTH = 300;
    static final int ANSWER_LENGTH = 900;

    private final ActionService actions;
    private final ActionRepository repository;
    private final Clock clock;

    public HelpRequests(ActionService actions, ActionRepository repository, Clock clock) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Puts the request in the inbox of the store's managers; when the session already has one waiting
     * at that store, that one is returned and nothing is added.
     */
    public HelpCall call(UserSession session, HelpRequest request) {
        if (!session.canSeeStore(request.storeId())) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED, "This session does not work at store "
                    + request.storeId());
        }
        Proposal proposal = new Proposal(request.storeId(), new ActionChange.AssistanceRequest(request.associate(),
                request.customerId(), request.loyaltyId(), request.reason()),
                request.associate().isBlank()
                        ? Rationale.of("action.rationale.assistanceAnonymous", Figure.count(request.conversation().size()))
                        : Rationale.of("action.rationale.assistance", Figure.count(request.conversation().size()),
                                Figure.text(request.associate())),
                evidence(request), Proposer.person(session.auditName()), clock.instant().plus(OPEN_FOR));
        Optional<ProposedAction> open = repository.findPending(ActionRepository.pendingKey(proposal));
        if (open.isPresent()) {
            return new HelpCall(open.get(), true);
        }
        ProposedAction stored = actions.propose(proposal);
        return new HelpCall(stored, false);
    }

    /**
     * A help request as it stands now, for the associate who asked (who does not see the inbox) or
     * anyone who sees the inbox of its store.
     */
    public ProposedAction follow(UserSession session, long id) {
        return repository.find(id).filter(action -> action.type() == ActionType.ASSISTANCE)
                .filter(action -> askedBy(session, action)
                        || session.role() != Role.ASSOCIATE && session.canSeeStore(action.storeId()))
                .orElseThrow(() -> new ActionRefusedException(Reason.NOT_FOUND, "No help request " + id));
    }

    /** Whether the request waits and may still be answered at {@code now}. */
    public boolean waiting(ProposedAction request) {
        return request.status().pending() && !request.expiredAt(clock.instant());
    }

    private static boolean askedBy(UserSession session, ProposedAction action) {
        return action.proposer().kind() == Proposer.Kind.PERSON && action.proposer().name().equals(session.auditName());
    }

    /** The customer's card, then the latest exchanges, each cut to a readable length. */
    static Evidence evidence(HelpRequest request) {
        List<Evidence.NamedFigure> figures = new ArrayList<>();
        if (request.loyaltyId() != null && !request.loyaltyId().isBlank()) {
            figures.add(new Evidence.NamedFigure("action.figure.customerCard", Figure.text(request.loyaltyId().strip())));
        }
        List<Exchange> conversation = request.conversation();
        int leftOut = Math.max(0, conversation.size() - MOST_EXCHANGES);
        if (leftOut > 0) {
            figures.add(new Evidence.NamedFigure("action.figure.earlierQuestions", Figure.count(leftOut)));
        }
        for (Exchange exchange : conversation.subList(leftOut, conversation.size())) {
            figures.add(new Evidence.NamedFigure("action.figure.question",
                    Figure.text(cut(exchange.question(), QUESTION_LENGTH))));
            figures.add(new Evidence.NamedFigure("action.figure.answer",
                    Figure.text(cut(exchange.answer(), ANSWER_LENGTH))));
        }
        return Evidence.of(figures);
    }

    private static String cut(String text, int length) {
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length - 1).stripTrailing() + "\u2026";
    }
}
