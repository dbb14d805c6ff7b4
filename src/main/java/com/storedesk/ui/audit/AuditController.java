package com.storedesk.ui.audit;

import com.storedesk.app.ErrorText;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditCsv;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.audit.AuditTexts;
import com.storedesk.audit.AuditVerification;
import com.storedesk.data.StoreSummary;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.Coalescer;
import com.storedesk.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The audit trail: entries found by user, store, action and date (days in this computer's time
 * zone, the one times are shown in), newest first; CSV export and a check of the hash chain, all
 * off the FX thread. Anyone who can open the screen sees every entry until sign-in limits it.
 */
public final class AuditController implements Screen {

    /** The newest entries shown at once; the export has them all. */
    static final int PAGE = 200;
    private static final Duration TYPING_PAUSE = Duration.millis(300);
    /** Details longer than this are cut in the table, so its column keeps a steady width. */
    static final int SHORT_DETAILS = 24;

    private final UiContext ui;
    private final AuditTexts texts;
    private final ZoneId zone;
    private final AuditModel model = new AuditModel();
    private final AuditView view;
    private final Coalescer typing;
    private Map<Long, StoreSummary> stores = Map.of();
    private Task<Page> running;

    public AuditController(UiContext ui) {
        this.ui = ui;
        this.texts = new AuditTexts(ui.messages());
        this.zone = ui.app().clock().getZone();
        List<AuditModel.ActionChoice> actions = new ArrayList<>();
        actions.add(new AuditModel.ActionChoice(null, ui.messages().get("audit.filter.anyAction")));
        for (AuditAction action : AuditAction.values()) {
            actions.add(new AuditModel.ActionChoice(action, texts.action(action)));
        }
        model.actions.setAll(actions);
        model.action.set(actions.get(0));
        AuditModel.StoreChoice anyStore = new AuditModel.StoreChoice(null, ui.messages().get("audit.filter.anyStore"));
        model.stores.setAll(anyStore);
        model.store.set(anyStore);
        this.view = new AuditView(model, ui.messages(), this);
        this.typing = new Coalescer(TYPING_PAUSE, this::search);
        model.user.addListener((obs, old, now) -> typing.signal());
        ChangeListener<Object> filterChanged = (obs, old, now) -> search();
        model.store.addListener(filterChanged);
        model.action.addListener(filterChanged);
        model.from.addListener(filterChanged);
        model.to.addListener(filterChanged);
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        if (stores.isEmpty()) {
            ui.tasks().call(() -> ui.app().stores().listStores()).onSuccess(this::showStores)
                    .onFailure(this::showError).start();
        }
        search();
    }

    @Override
    public void onDeactivate() {
        typing.cancel();
        if (running != null) {
            running.cancel();
        }
    }

    /** Finds the entries the filters describe; a search still running is dropped for the new one. */
    void search() {
        if (running != null) {
            running.cancel();
        }
        AuditFilter filter = filter();
        model.loading.set(true);
        running = ui.tasks().call(() -> new Page(ui.app().auditQuery().newest(filter, 0, PAGE),
                        ui.app().auditQuery().count(filter)))
                .onSuccess(this::show)
                .onFailure(this::showError)
                .start();
    }

    void clearFilters() {
        model.user.set("");
        model.store.set(model.stores.get(0));
        model.action.set(model.actions.get(0));
        model.from.set(null);
        model.to.set(null);
    }

    void exportCsv(Path file) {
        AuditFilter filter = filter();
        model.busy.set(true);
        model.notice.set(null);
        ui.tasks().call(() -> new AuditCsv(texts).export(ui.app().auditQuery(), filter, file))
                .onSuccess(count -> {
                    model.busy.set(false);
                    model.notice.set(ui.messages().get("audit.export.done", ui.formats().integer(count), file));
                })
                .onFailure(error -> {
                    model.busy.set(false);
                    showError(error);
                }).start();
    }

    void verifyChain() {
        model.busy.set(true);
        model.verification.set(null);
        ui.tasks().call(() -> ui.app().auditVerifier().verify())
                .onSuccess(this::showVerification)
                .onFailure(error -> {
                    model.busy.set(false);
                    showError(error);
                }).start();
    }

    private AuditFilter filter() {
        AuditModel.StoreChoice store = model.store.get();
        AuditModel.ActionChoice action = model.action.get();
        LocalDate from = model.from.get();
        LocalDate to = model.to.get();
        return new AuditFilter(model.user.get(), store == null ? null : store.id(),
                action == null || action.action() == null ? Set.of() : Set.of(action.action()),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void showStores(List<StoreSummary> storeList) {
        this.stores = storeList.stream().collect(Collectors.toMap(StoreSummary::id, Function.identity()));
        List<AuditModel.StoreChoice> choices = new ArrayList<>(List.of(model.stores.get(0)));
        storeList.forEach(s -> choices.add(new AuditModel.StoreChoice(s.id(), s.code() + "  " + s.name())));
        AuditModel.StoreChoice chosen = model.store.get();
        model.stores.setAll(choices);
        model.store.set(choices.stream().filter(c -> c.equals(chosen)).findFirst().orElse(choices.get(0)));
        if (!model.rows.isEmpty()) {
            show(new Page(model.rows.stream().map(AuditModel.Row::entry).toList(), -1));
        }
    }

    private void show(Page page) {
        Long selected = model.selected.get() == null ? null : model.selected.get().entry().sequence();
        model.rows.setAll(page.entries().stream().map(this::row).toList());
        model.rows.stream().filter(r -> Long.valueOf(r.entry().sequence()).equals(selected)).findFirst()
                .ifPresent(model.selected::set);
        if (page.total() >= 0) {
            model.summary.set(page.total() > page.entries().size()
                    ? ui.messages().get("audit.count.some", ui.formats().integer(page.entries().size()),
                            ui.formats().integer(page.total()))
                    : ui.messages().get("audit.count.all", ui.formats().integer(page.total())));
        }
        model.error.set(null);
        model.loaded.set(true);
        model.loading.set(false);
    }

    private AuditModel.Row row(AuditEntry entry) {
        StoreSummary store = entry.storeId() == null ? null : stores.get(entry.storeId());
        String none = ui.messages().get("audit.store.none");
        String storeCode = entry.storeId() == null ? none : store == null ? "#" + entry.storeId() : store.code();
        String details = AuditTexts.detailsLine(entry);
        return new AuditModel.Row(entry, ui.formats().dateTime(entry.occurredAt(), zone), entry.actor(),
                texts.action(entry), storeCode, store == null ? storeCode : store.code() + "  " + store.name(),
                entry.subject(), details, details.length() <= SHORT_DETAILS ? details
                        : details.substring(0, SHORT_DETAILS - 1).strip() + "\u2026");
    }

    private void showVerification(AuditVerification result) {
        model.busy.set(false);
        model.verification.set(new AuditModel.Verification(result.ok(), result.ok()
                ? ui.messages().get("audit.verify.intact", ui.formats().integer(result.entries()), result.headHash())
                : texts.verification(result)));
    }

    private void showError(Throwable error) {
        model.loading.set(false);
        model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
    }

    /** One search's answer: the newest entries and how many match in all (-1: unchanged). */
    private record Page(List<AuditEntry> entries, long total) {
    }
}
