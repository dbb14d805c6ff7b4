package com.storedesk.ui.copilot;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.help.Exchange;
import com.storedesk.actions.help.HelpCall;
import com.storedesk.actions.help.HelpRequest;
import com.storedesk.actions.help.HelpRequests;
import com.storedesk.app.ErrorText;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.copilot.CallManagerModel.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * "Call a manager": puts a help request with the conversation so far into the store's approval inbox,
 * says so with the request's number, and while the copilot is shown asks every few seconds whether a
 * manager answered. A second call while one waits adds nothing: the associate is told it is already
 * asked. "Next customer" forgets the conversation and the request. Reads and writes off the FX thread.
 */
final class CallManager {

    /** How often a waiting request is looked at; a manager walking over takes longer than this. */
    static final Duration POLL = Duration.seconds(5);

    private final UiContext ui;
    private final Supplier<Optional<CustomerRecord>> customer;
    private final CallManagerModel model = new CallManagerModel();
    private final List<Exchange> conversation = new ArrayList<>();
    private final Timeline polling;
    private Long request;
    /** Counts "Next customer": an answer about the request before it is not shown to the next one. */
    private int generation;

    /** @param customer the customer shown on the copilot now, if any */
    CallManager(UiContext ui, Supplier<Optional<CustomerRecord>> customer) {
        this.ui = ui;
        this.customer = customer;
        this.polling = new Timeline(new KeyFrame(POLL, e -> poll()));
        polling.setCycleCount(Animation.INDEFINITE);
    }

    CallManagerModel model() {
        return model;
    }

    /** One question and the answer the associate saw: what the manager reads first. */
    void heard(String question, String answer) {
        conversation.add(new Exchange(question, answer));
    }

    void call() {
        if (model.calling.get()) {
            return;
        }
        UserSession session = ui.app().session();
        Optional<CustomerRecord> shown = customer.get();
        String reason = model.reason.get();
        List<Exchange> sofar = List.copyOf(conversation);
        int asked = generation;
        model.calling.set(true);
        model.error.set(null);
        HelpRequests help = ui.app().helpRequests();
        ui.tasks().call(() -> store(session).map(store -> help.call(session, new HelpRequest(store,
                session.displayName(), shown.map(CustomerRecord::id).orElse(null),
                shown.map(CustomerRecord::loyaltyId).orElse(null), reason, sofar))))
                .onSuccess(call -> {
                    if (asked == generation) {
                        model.calling.set(false);
                        called(call);
                    }
                }).onFailure(failure -> {
                    if (asked == generation) {
                        model.calling.set(false);
                        model.error.set(failure instanceof ActionRefusedException refused
                                ? new ActionText(ui.messages()).refusal(refused.reason())
                                : ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
                    }
                }).start();
    }

    /** The copilot is shown again: a request still waiting is followed again. */
    void resume() {
        if (request != null && model.state.get() != null && model.state.get().waiting()) {
            polling.play();
        }
    }

    /** The copilot is left: nothing is read for it until it is shown again. */
    void pause() {
        polling.stop();
    }

    /** The next customer: no conversation, no request, nothing said. */
    void clear() {
        generation++;
        polling.stop();
        conversation.clear();
        request = null;
        model.reason.set("");
        model.calling.set(false);
        model.state.set(null);
        model.stateText.set(null);
        model.error.set(null);
    }

    private void called(Optional<HelpCall> call) {
        if (call.isEmpty()) {
            model.error.set(ui.messages().get("copilot.help.noStore"));
            return;
        }
        request = call.get().request().id();
        model.reason.set("");
        show(call.get().alreadyOpen() ? State.ALREADY_ASKED : State.ASKED, call.get().request());
        polling.play();
        // A manager signed in on this same machine sees the inbox's count move now, not in a minute.
        ui.shell().refreshBadges();
    }

    private void poll() {
        Long id = request;
        int asked = generation;
        if (id == null) {
            polling.stop();
            return;
        }
        UserSession session = ui.app().session();
        HelpRequests help = ui.app().helpRequests();
        ui.tasks().call(() -> {
            ProposedAction now = help.follow(session, id);
            return new Seen(now, help.waiting(now));
        }).onSuccess(seen -> {
            if (asked != generation || seen.waiting()) {
                return;
            }
            polling.stop();
            show(switch (seen.request().status()) {
                case HANDLED -> State.ON_THE_WAY;
                case REJECTED -> State.DECLINED;
                default -> State.EXPIRED;
            }, seen.request());
        }).onFailure(failure -> {
            // Another look comes with the next tick; a request no longer found is not followed.
            if (failure instanceof ActionRefusedException && asked == generation) {
                polling.stop();
            }
        }).start();
    }

    private void show(State state, ProposedAction action) {
        String number = Long.toString(action.id());
        String by = action.decision() == null || action.decision().actor().isBlank()
                ? ui.messages().get("copilot.help.aManager") : action.decision().actor();
        model.state.set(state);
        model.stateText.set(switch (state) {
            case ASKED -> ui.messages().get("copilot.help.asked", number);
            case ALREADY_ASKED -> ui.messages().get("copilot.help.alreadyAsked", number);
            case ON_THE_WAY -> ui.messages().get("copilot.help.onTheWay", by, number);
            case DECLINED -> ui.messages().get("copilot.help.declined", by, action.decision().reason(), number);
            case EXPIRED -> ui.messages().get("copilot.help.expired", number);
        });
        if (action.status() == ActionStatus.EXPIRED || state == State.EXPIRED) {
            request = null;
        }
    }

    /**
     * The store this device serves: the kiosk's store as sign-in remembers it, else the session's one
     * store, else the database's only store; empty when none of these says. Reads the database.
     */
    private Optional<Long> store(UserSession session) {
        List<StoreSummary> stores = ui.app().stores().listStores();
        Optional<Long> kiosk = KioskStore.among(ui.app(), stores).map(StoreSummary::id);
        if (kiosk.isPresent()) {
            return kiosk;
        }
        Set<Long> own = session.storeIds();
        if (!session.allStores() && own.size() == 1) {
            return Optional.of(own.iterator().next());
        }
        return stores.size() == 1 ? Optional.of(stores.get(0).id()) : Optional.empty();
    }

    private record Seen(ProposedAction request, boolean waiting) {
    }
}
