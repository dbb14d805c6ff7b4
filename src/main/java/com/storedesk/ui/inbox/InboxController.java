package com.storedesk.ui.inbox;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionFilter;
import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionService;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.BulkApproval;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.ErrorText;
import com.storedesk.data.StoreSummary;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.ScreenRefresh;
import com.storedesk.ui.shell.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;

/**
 * The approval inbox: the actions proposed for the user's stores, found by type, store, status and
 * age, newest first; approve, reject with a reason, edit then approve, approve many, retry a failed
 * one, say whether hand work was done at the till. Every call to the action service runs off the FX thread, and its refusals are shown in words.
 */
public final class InboxController implements Screen {

    private static final javafx.util.Duration AUTO_REFRESH = javafx.util.Duration.minutes(1);
    private static final javafx.util.Duration AFTER_DATA = javafx.util.Duration.seconds(2);

    private final UiContext ui;
    private final InboxTexts texts;
    private final InboxModel model = new InboxModel();
    private final InboxView view;
    private final ScreenRefresh screenRefresh;
    private Map<Long, StoreSummary> stores = Map.of();
    private Map<Long, String> byHand = Map.of();
    private Task<Page> running;
    private Task<?> routing;
    /** When the shown page was read: whether an action has expired is judged against it. */
    private Instant now = Instant.EPOCH;

    public InboxController(UiContext ui) {
        this.ui = ui;
        this.texts = new InboxTexts(ui.messages(), ui.formats(), ui.app().clock().getZone());
        fillChoices();
        this.view = new InboxView(model, ui.messages(), this);
        this.screenRefresh = new ScreenRefresh(ui.app().storeDataChanges(), AUTO_REFRESH, AFTER_DATA,
                change -> true, this::refresh);
        ChangeListener<Object> filterChanged = (obs, old, now) -> refresh();
        model.type.addListener(filterChanged);
        model.store.addListener(filterChanged);
        model.status.addListener(filterChanged);
        model.age.addListener(filterChanged);
        model.selected.addListener((obs, old, now) -> showDetail(now, old));
        model.editValue.addListener((obs, old, now) -> routeEdit());
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        refresh();
        screenRefresh.start();
    }

    @Override
    public void onDeactivate() {
        screenRefresh.stop();
        if (running != null) {
            running.cancel();
        }
    }

    /** Reads the actions the filters describe; a read still running is dropped for the new one. */
    void refresh() {
        if (running != null) {
            running.cancel();
        }
        UserSession session = ui.app().session();
        ActionFilter filter = filter();
        model.loading.set(true);
        running = ui.tasks().call(() -> read(session, filter)).onSuccess(this::show).onFailure(this::showError)
                .start();
    }

    void approve() {
        InboxModel.Row row = model.selected.get();
        boolean help = row != null && !row.action().type().reachesPos();
        decide(InboxModel.Row::mayDecide, (session, id) -> service().approve(session, id),
                help ? "inbox.done.handled" : "inbox.done.approved");
    }

    /** Rejects the selected action with the typed reason; the service refuses an empty one. */
    void reject() {
        String reason = model.reason.get();
        decide(row -> true, (session, id) -> service().reject(session, id, reason), "inbox.done.rejected");
    }

    void approveEdited() {
        InboxModel.Row row = model.selected.get();
        Optional<ActionChange> edited = row == null ? Optional.empty()
                : ChangeEdit.edited(row.action().proposed(), model.editValue.get(), ui.messages().locale());
        edited.ifPresent(change -> decide(r -> true,
                (session, id) -> service().approveEdited(session, id, change), "inbox.done.approved"));
    }

    void retry() {
        decide(row -> true, (session, id) -> service().retry(session, id), "inbox.done.retried");
    }

    /** The selected hand work was done at the till. */
    void markDoneByHand() {
        decide(row -> true, (session, id) -> service().markDoneByHand(session, id), "inbox.done.doneByHand");
    }

    /** The selected hand work could not be done at the till, for the typed reason; the service refuses none. */
    void markNotDone() {
        String note = model.handNote.get();
        decide(row -> true, (session, id) -> service().markNotDone(session, id, note), "inbox.done.notDone");
    }

    /** Approves every selected action the session may decide; says how many, and why the others were not. */
    void approveAll(List<InboxModel.Row> rows) {
        // A help request is answered on its own: "approve all" means the POS changes selected.
        List<Long> ids = rows.stream().filter(r -> r.mayDecide() && r.action().status().pending()
                && r.action().type().reachesPos()).map(InboxModel.Row::id).toList();
        if (ids.isEmpty()) {
            model.notice.set(ui.messages().get("inbox.bulk.nothing"));
            return;
        }
        UserSession session = session();
        run(() -> service().approveAll(session, ids), this::showBulk);
    }

    /** Sends one decision on the selected action for the signed-in session; the service has the last word. */
    private void decide(Predicate<InboxModel.Row> allowed, BiFunction<UserSession, Long, ProposedAction> call,
            String doneKey) {
        InboxModel.Row row = model.selected.get();
        if (row == null || model.busy.get() || !allowed.test(row)) {
            return;
        }
        long id = row.id();
        UserSession session = session();
        run(() -> call.apply(session, id), action -> {
            model.reason.set("");
            model.handNote.set("");
            model.notice.set(ui.messages().get(doneKey, texts.actionText().change(action.change())));
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        model.busy.set(true);
        model.notice.set(null);
        ui.tasks().call(work).onSuccess(result -> {
            model.busy.set(false);
            model.error.set(null);
            done.accept(result);
            refresh();
            ui.shell().refreshBadges();
        }).onFailure(error -> {
            model.busy.set(false);
            showError(error);
            refresh();
        }).start();
    }

    private void showBulk(BulkApproval result) {
        String approved = ui.messages().get("inbox.bulk.approved", result.approved().size());
        if (result.refused().isEmpty()) {
            model.notice.set(approved);
            return;
        }
        String refused = result.refused().entrySet().stream()
                .map(e -> ui.messages().get("inbox.bulk.refusedOne", e.getKey(), texts.actionText().refusal(e.getValue())))
                .collect(Collectors.joining("; "));
        model.notice.set(approved + " " + ui.messages().get("inbox.bulk.refused", refused));
    }

    /** Where the typed edit would go, asked of the policy off the FX thread; an invalid number says so at once. */
    private void routeEdit() {
        InboxModel.Row row = model.selected.get();
        if (routing != null) {
            routing.cancel();
        }
        model.editValid.set(false);
        if (row == null || ChangeEdit.kind(row.action().proposed()).isEmpty()) {
            model.editLevel.set("");
            return;
        }
        Optional<ActionChange> edited = ChangeEdit.edited(row.action().proposed(), model.editValue.get(),
                ui.messages().locale());
        if (edited.isEmpty()) {
            model.editLevel.set(ui.messages().get("inbox.edit.invalid"));
            return;
        }
        if (edited.get().equals(row.action().proposed())) {
            model.editLevel.set("");
            return;
        }
        routing = ui.tasks().call(() -> service().route(edited.get())).onSuccess(route -> {
            model.editLevel.set(ui.messages().get("inbox.edit.level", texts.actionText().level(route.level())));
            model.editValid.set(true);
        }).onFailure(this::showError).start();
    }

    private Page read(UserSession session, ActionFilter filter) {
        Map<Long, StoreSummary> all = ui.app().stores().listStores().stream()
                .filter(s -> session.canSeeStore(s.id()))
                .collect(Collectors.toMap(StoreSummary::id, Function.identity()));
        List<ProposedAction> actions = service().list(session, filter);
        Set<Long> decidable = actions.stream().filter(a -> service().mayDecide(session, a)).map(ProposedAction::id)
                .collect(Collectors.toSet());
        Map<Long, String> byHand = new HashMap<>();
        for (ProposedAction action : actions) {
            service().manualAt(action).ifPresent(platform -> byHand.put(action.id(), platform));
        }
        return new Page(all, actions, decidable, byHand, service().awaitingDecision(session).size(),
                ui.app().clock().instant());
    }

    private void show(Page page) {
        if (stores.size() != page.stores().size()) {
            showStores(page.stores());
        }
        this.stores = page.stores();
        this.byHand = page.byHand();
        Long selected = model.selected.get() == null ? null : model.selected.get().id();
        List<InboxModel.Row> rows = page.actions().stream()
                .map(a -> texts.row(a, stores, page.decidable().contains(a.id()))).toList();
        model.rows.setAll(rows);
        model.selected.set(rows.stream().filter(r -> Long.valueOf(r.id()).equals(selected)).findFirst().orElse(null));
        model.summary.set(ui.messages().get("inbox.summary", rows.size(), page.awaiting()));
        model.loaded.set(true);
        model.loading.set(false);
        now = page.now();
        showDetail(model.selected.get(), null);
    }

    private void showDetail(InboxModel.Row row, InboxModel.Row old) {
        model.detail.set(row == null ? null : texts.detail(row, stores, now, byHand.get(row.id())));
        if (row == null || old == null || row.id() != old.id()) {
            model.reason.set("");
            model.handNote.set("");
            model.editValue.set(model.detail.get() == null ? "" : model.detail.get().editValue());
        }
        routeEdit();
    }

    private void showStores(Map<Long, StoreSummary> visible) {
        List<InboxModel.Choice<Long>> choices = new ArrayList<>(List.of(model.stores.get(0)));
        visible.values().stream().sorted(Comparator.comparing(StoreSummary::code))
                .forEach(s -> choices.add(new InboxModel.Choice<>(s.id(), s.code() + "  " + s.name())));
        InboxModel.Choice<Long> chosen = model.store.get();
        model.stores.setAll(choices);
        model.store.set(choices.stream().filter(c -> c.equals(chosen)).findFirst().orElse(choices.get(0)));
    }

    private void fillChoices() {
        model.types.add(new InboxModel.Choice<>(null, ui.messages().get("inbox.filter.anyType")));
        for (ActionType type : ActionType.values()) {
            model.types.add(new InboxModel.Choice<>(type, texts.actionText().type(type)));
        }
        model.type.set(model.types.get(0));
        model.stores.add(new InboxModel.Choice<>(null, ui.messages().get("inbox.filter.anyStore")));
        model.store.set(model.stores.get(0));
        model.statuses.add(new InboxModel.Choice<>(null, ui.messages().get("inbox.filter.anyStatus")));
        for (ActionStatus status : ActionStatus.values()) {
            model.statuses.add(new InboxModel.Choice<>(status, texts.actionText().status(status)));
        }
        model.status.set(model.statuses.get(0));
        model.ages.setAll(List.of(
                new InboxModel.Choice<>(Duration.ofDays(1), ui.messages().get("inbox.filter.day")),
                new InboxModel.Choice<>(Duration.ofDays(7), ui.messages().get("inbox.filter.week")),
                new InboxModel.Choice<>(Duration.ofDays(30), ui.messages().get("inbox.filter.month")),
                new InboxModel.Choice<>(null, ui.messages().get("inbox.filter.anyAge"))));
        model.age.set(model.ages.get(model.ages.size() - 1));
    }

    private ActionFilter filter() {
        ActionFilter filter = ActionFilter.all();
        if (model.type.get() != null && model.type.get().value() != null) {
            filter = filter.withTypes(Set.of(model.type.get().value()));
        }
        if (model.store.get() != null && model.store.get().value() != null) {
            filter = filter.withStores(Set.of(model.store.get().value()));
        }
        if (model.status.get() != null && model.status.get().value() != null) {
            filter = filter.withStatuses(Set.of(model.status.get().value()));
        }
        if (model.age.get() != null && model.age.get().value() != null) {
            filter = filter.since(ui.app().clock().instant().minus(model.age.get().value()));
        }
        return filter;
    }

    private void showError(Throwable error) {
        model.loading.set(false);
        model.error.set(error instanceof ActionRefusedException refused ? texts.actionText().refusal(refused.reason())
                : ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
    }

    private ActionService service() {
        return ui.app().actions();
    }

    private UserSession session() {
        return ui.app().session();
    }

    /**
     * One read: the stores the session sees, the actions found, which it may decide, which the store's
     * POS cannot apply (the platform's name key), how many wait for it.
     */
    private record Page(Map<Long, StoreSummary> stores, List<ProposedAction> actions, Set<Long> decidable,
            Map<Long, String> byHand, int awaiting, Instant now) {
    }
}
