package com.storedesk.ui.planogram;

import com.storedesk.app.ErrorText;
import com.storedesk.config.CameraSettings;
import com.storedesk.data.StoreSummary;
import com.storedesk.planogram.PlanogramText;
import com.storedesk.planogram.match.PositionResult;
import com.storedesk.planogram.model.PlanogramImportException;
import com.storedesk.planogram.scan.CodeSource;
import com.storedesk.planogram.scan.CodeSourceUnavailableException;
import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraScanner;
import com.storedesk.planogram.store.CheckOutcome;
import com.storedesk.planogram.store.CheckRecord;
import com.storedesk.planogram.store.CheckSummary;
import com.storedesk.planogram.store.FixtureSummary;
import com.storedesk.planogram.store.PlanogramService;
import com.storedesk.planogram.store.PlanogramVersion;
import com.storedesk.planogram.store.SavedCheck;
import com.storedesk.planogram.store.VersionInfo;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import com.storedesk.ui.scan.CameraPreview;
import com.storedesk.ui.scan.ScanBeep;
import com.storedesk.ui.shell.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Planograms: pick a store's fixture and see its shelves and positions in any version; managers
 * import files and edit positions (each save a new version); everyone checks a fixture by scanning
 * it shelf by shelf (handheld scanner, typing, photos, or any other {@link CodeSource}) and sees
 * each position's outcome, the score and what to do, saved with the version; and the past checks.
 */
public final class PlanogramController implements Screen {

    /** The check pane is about 390 px wide; the camera's 16:9 picture fits inside it. */
    private static final double CAMERA_WIDTH = 350;

    private final UiContext ui;
    private final PlanogramModel model = new PlanogramModel();
    private final PlanogramTexts texts;
    private final PlanogramView view;
    /** Changes and checks: each clears the last outcome first. */
    private final GuardedCalls calls;
    /** Reads: they keep the notice of the change that led to them. */
    private final GuardedCalls reads;
    private final PositionDraft draft = new PositionDraft();
    private final PhotoCodes photos = new PhotoCodes();
    private final List<CodeSource> sources = new ArrayList<>();
    /** The webcam, turned on and off by the associate; one of {@link #sources}. */
    private final CameraCodes camera;
    private PlanogramVersion shown;
    private Map<String, String> names = Map.of();
    private ShelfWalk walk = new ShelfWalk(1);
    /** Set while the controller itself fills the pickers, so their listeners do not load again. */
    private boolean filling;

    public PlanogramController(UiContext ui) {
        this(ui, ui.app().cameras());
    }

    /** {@code cameras}: the computer's, but in tests. */
    PlanogramController(UiContext ui, CameraDevices cameras) {
        this.ui = ui;
        this.texts = new PlanogramTexts(ui.messages(), ui.formats(), ui.app().clock().getZone());
        CameraSettings settings = ui.app().setup().settings().current().camera();
        this.camera = new CameraCodes(new CameraPreview(new CameraScanner(cameras, new FrameDecoder()),
                ui.messages(), new ScanBeep(), settings.sound(), CAMERA_WIDTH),
                () -> ui.app().setup().settings().current().camera().camera().orElse(""));
        this.view = new PlanogramView(model, ui.messages(), texts, this, camera.preview().root());
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> {
            model.error.set(null);
            model.notice.set(null);
        }, this::describe);
        this.reads = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> model.error.set(null),
                this::describe);
        sources.add(new HandheldScanner(view.root()));
        sources.add(camera);
        model.cameraOn.addListener((obs, was, on) -> {
            if (on) {
                camera.open();
            } else {
                camera.close();
            }
        });
        // Another store, fixture or version starts another walk: the camera and a past check close first.
        model.store.addListener((obs, old, now) -> {
            if (!filling && now != null) {
                leaveFixture();
                loadFixtures(now, null);
            }
        });
        model.fixture.addListener((obs, old, now) -> {
            if (!filling && now != null) {
                leaveFixture();
                loadFixture(now, null);
            }
        });
        model.version.addListener((obs, old, now) -> {
            if (!filling && now != null && model.fixture.get() != null) {
                leaveFixture();
                loadVersion(model.fixture.get(), now.id());
            }
        });
        model.selected.addListener((obs, old, now) -> fillForm(now));
    }

    /** Another source of codes, such as a webcam: started and stopped with the screen. */
    public void addSource(CodeSource source) {
        sources.add(Objects.requireNonNull(source, "source"));
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.canEdit.set(PlanogramService.canEdit(session()));
        for (CodeSource source : sources) {
            try {
                source.start(code -> {
                    if (Platform.isFxApplicationThread()) {
                        scanned(code);
                    } else {
                        Platform.runLater(() -> scanned(code));
                    }
                });
            } catch (CodeSourceUnavailableException e) {
                model.error.set(ui.messages().get(e.messageKey()));
            }
        }
        loadStores();
    }

    @Override
    public void onDeactivate() {
        model.cameraOn.set(false);
        sources.forEach(CodeSource::stop);
    }

    private void leaveFixture() {
        model.cameraOn.set(false);
        closePast();
    }

    private UserSession session() {
        return ui.app().session();
    }

    private PlanogramService service() {
        return ui.app().planograms();
    }

    private void loadStores() {
        UserSession session = session();
        StoreSummary before = model.store.get();
        reads.run(() -> StoreAccess.visibleStores(session, ui.app().stores().listStores()), stores -> {
            filling = true;
            model.stores.setAll(stores);
            StoreSummary pick = stores.stream().filter(s -> before != null && s.id() == before.id()).findFirst()
                    .orElse(stores.isEmpty() ? null : stores.get(0));
            model.store.set(pick);
            filling = false;
            if (pick != null) {
                loadFixtures(pick, model.fixture.get() == null ? null : model.fixture.get().fixture());
            } else {
                model.loaded.set(true);
            }
        });
    }

    /** Reads the store's fixtures and shows {@code select} (by name), or the first. */
    private void loadFixtures(StoreSummary store, String select) {
        UserSession session = session();
        model.loading.set(true);
        reads.run(() -> service().fixtures(session, store.id()), fixtures -> {
            filling = true;
            model.fixtures.setAll(fixtures);
            FixtureSummary pick = fixtures.stream().filter(f -> f.fixture().equals(select)).findFirst()
                    .orElse(fixtures.isEmpty() ? null : fixtures.get(0));
            model.fixture.set(pick);
            filling = false;
            if (pick != null) {
                loadFixture(pick, null);
            } else {
                show(null, List.of(), Map.of());
                model.history.clear();
            }
        });
    }

    /** Reads the fixture's versions, the one to show (the latest unless {@code versionId}), names and history. */
    private void loadFixture(FixtureSummary fixture, Long versionId) {
        UserSession session = session();
        model.loading.set(true);
        reads.run(() -> {
            List<VersionInfo> versions = service().versions(session, fixture);
            long id = versionId != null ? versionId : versions.get(0).id();
            return new Loaded(versions, service().version(session, fixture, id), service().productNames(),
                    service().history(session, fixture));
        }, loaded -> {
            model.history.setAll(loaded.history());
            show(loaded.version(), loaded.versions(), loaded.names());
        });
    }

    private void loadVersion(FixtureSummary fixture, long versionId) {
        UserSession session = session();
        reads.run(() -> service().version(session, fixture, versionId),
                version -> show(version, List.copyOf(model.versions), names));
    }

    private record Loaded(List<VersionInfo> versions, PlanogramVersion version, Map<String, String> names,
            List<CheckSummary> history) {
    }

    /** Another planogram (or another version of it) is shown: its walk starts afresh, without the camera. */
    private void show(PlanogramVersion version, List<VersionInfo> versions, Map<String, String> names) {
        model.cameraOn.set(false);
        this.shown = version;
        this.names = names;
        filling = true;
        model.versions.setAll(versions);
        model.version.set(version == null ? null : versions.stream()
                .filter(v -> v.id() == version.info().id()).findFirst().orElse(null));
        filling = false;
        draft.reset(version == null ? null : version.planogram());
        model.dirty.set(false);
        rowsFromDraft();
        restartWalk();
        model.loading.set(false);
        model.loaded.set(true);
    }

    private void rowsFromDraft() {
        model.rows.setAll(draft.positions().stream()
                .map(p -> new PositionRow(p, names.getOrDefault(p.sku(), ""), null, null)).toList());
    }

    // ---- import and edit (managers) ----

    /** Reads {@code file} as new versions of its fixtures in the picked store; a file with a problem changes nothing. */
    void importFile(Path file) {
        StoreSummary store = model.store.get();
        if (store == null) {
            return;
        }
        UserSession session = session();
        calls.run(() -> service().importFile(session, store.id(), file), added -> {
            model.notice.set(ui.messages().get("planogram.screen.imported", file.getFileName().toString(),
                    added.size()));
            loadFixtures(store, added.isEmpty() ? null : added.get(0).planogram().fixture());
        });
    }

    private void fillForm(PositionRow row) {
        if (row != null) {
            model.editSku.set(row.position().sku());
            model.editGtin.set(row.position().gtin().shortForm());
            model.editFacings.set(Integer.toString(row.position().facings()));
        }
    }

    void applyEdit() {
        edit(PositionDraft.Change.REPLACE);
    }

    void addAfter() {
        edit(PositionDraft.Change.INSERT_AFTER);
    }

    void removeSelected() {
        edit(PositionDraft.Change.REMOVE);
    }

    private void edit(PositionDraft.Change change) {
        model.error.set(null);
        model.notice.set(null);
        PositionRow row = model.selected.get();
        if (row == null) {
            model.error.set(ui.messages().get("planogram.screen.edit.pick"));
            return;
        }
        PositionDraft.Outcome outcome = draft.change(change, row.position(), model.editSku.get(),
                model.editGtin.get(), model.editFacings.get());
        if (outcome.problemKey() != null) {
            model.error.set(ui.messages().get(outcome.problemKey(), outcome.arguments()));
            return;
        }
        model.dirty.set(true);
        rowsFromDraft();
        model.rows.stream().filter(r -> r.position().equals(outcome.select())).findFirst()
                .ifPresent(model.selected::set);
    }

    void saveEdits() {
        StoreSummary store = model.store.get();
        FixtureSummary fixture = model.fixture.get();
        if (store == null || fixture == null || !model.dirty.get()) {
            return;
        }
        UserSession session = session();
        var edited = draft.planogram(fixture.fixture());
        calls.run(() -> service().saveEdit(session, store.id(), edited), saved -> {
            model.notice.set(ui.messages().get("planogram.screen.edit.saved", saved.info().number()));
            loadFixtures(store, fixture.fixture());
        });
    }

    void discardEdits() {
        if (shown != null) {
            show(shown, List.copyOf(model.versions), names);
        }
    }

    // ---- check (everyone) ----

    /** A code from any source: lands on the shelf the walk is at. */
    void scanned(String code) {
        if (shown == null || code == null || code.isBlank()) {
            return;
        }
        if (model.checked.get()) {
            restartWalk();
        }
        walk.add(code.strip());
        walkChanged();
    }

    void addTyped() {
        String code = model.typedCode.get() == null ? "" : model.typedCode.get().strip();
        if (code.isEmpty()) {
            return;
        }
        if (!code.matches("[\\p{Alnum}\\-\\]\\.]+")) {
            model.error.set(ui.messages().get("planogram.screen.check.notACode", code));
            return;
        }
        model.error.set(null);
        model.typedCode.set("");
        scanned(code);
    }

    void nextShelf() {
        walk.nextShelf();
        walkChanged();
    }

    void restartWalk() {
        walk = new ShelfWalk(shown == null ? 1 : shown.planogram().shelfCount());
        model.checked.set(false);
        model.score.set("");
        model.shelfScores.set("");
        model.exceptions.clear();
        if (shown != null) {
            rowsFromDraft();
        }
        walkChanged();
    }

    /** Decodes the photos off the FX thread; their codes join the current shelf, left to right. */
    void addPhotos(List<Path> files) {
        if (shown == null || files.isEmpty()) {
            return;
        }
        var planogram = shown.planogram();
        calls.run(() -> photos.read(files, planogram), read -> {
            read.codes().forEach(this::scanned);
            if (!read.problems().isEmpty()) {
                model.error.set(String.join("\n", read.problems().stream()
                        .map(p -> ui.messages().get(p.key(), p.file())).toList()));
            }
        });
    }

    void finishCheck() {
        FixtureSummary fixture = model.fixture.get();
        PlanogramVersion version = shown;
        if (fixture == null || version == null) {
            return;
        }
        UserSession session = session();
        List<List<String>> shelves = walk.shelves();
        // The walk is over: the camera is given back before the check is saved.
        model.cameraOn.set(false);
        calls.run(() -> service().check(session, fixture, version, shelves), this::showOutcome);
    }

    private void showOutcome(CheckOutcome outcome) {
        model.checked.set(true);
        List<PositionRow> rows = new ArrayList<>();
        for (PositionResult result : outcome.result().positions()) {
            rows.add(new PositionRow(result.expected(), names.getOrDefault(result.expected().sku(), ""),
                    result.status(), result.foundAt()));
        }
        model.rows.setAll(rows);
        model.score.set(ui.messages().get("planogram.screen.check.score", texts.percent(outcome.result().score())));
        Map<Integer, Double> shelves = new TreeMap<>();
        for (int shelf = 1; shelf <= outcome.result().planogram().shelfCount(); shelf++) {
            shelves.put(shelf, outcome.result().shelfScore(shelf));
        }
        model.shelfScores.set(texts.shelfScores(shelves));
        model.exceptions.setAll(outcome.exceptions().isEmpty()
                ? List.of(ui.messages().get("planogram.screen.check.nothing"))
                : outcome.exceptions().stream().map(texts::exception).toList());
        model.notice.set(ui.messages().get("planogram.screen.check.saved", outcome.version().number()));
        UserSession session = session();
        FixtureSummary fixture = model.fixture.get();
        ui.tasks().call(() -> service().history(session, fixture)).onSuccess(model.history::setAll)
                .onFailure(error -> model.error.set(describe(error))).start();
    }

    private void walkChanged() {
        model.shelfCodes.setAll(walk.current());
        model.lastShelf.set(walk.onLastShelf());
        model.walkStatus.set(ui.messages().get("planogram.screen.check.shelf", walk.shelf(), walk.shelfCount(),
                walk.current().size()));
    }

    // ---- past checks ----

    /** Reads the check picked in the history off the FX thread and shows it read-only. */
    void openPast() {
        CheckSummary picked = model.historySelected.get();
        FixtureSummary fixture = model.fixture.get();
        if (picked == null || fixture == null) {
            return;
        }
        UserSession session = session();
        model.cameraOn.set(false);
        reads.run(() -> new PastCheck(service().savedCheck(session, fixture, picked.id()), service().productNames()),
                this::showPast);
    }

    void closePast() {
        model.pastOpen.set(false);
        model.pastRows.clear();
        model.pastExceptions.clear();
    }

    private void showPast(PastCheck past) {
        SavedCheck saved = past.check();
        CheckRecord check = saved.check();
        model.pastTitle.set(ui.messages().get("planogram.screen.past.title", texts.when(check.checkedAt()),
                check.checkedBy()));
        model.pastVersion.set(texts.version(saved.version().info()));
        model.pastScore.set(ui.messages().get("planogram.screen.check.score", texts.percent(check.score())));
        model.pastShelfScores.set(texts.shelfScores(check.shelfScores()));
        model.pastRows.setAll(PastRows.of(saved, past.names()));
        model.pastExceptions.setAll(check.exceptions().isEmpty()
                ? List.of(ui.messages().get("planogram.screen.check.nothing"))
                : check.exceptions().stream().map(texts::exception).toList());
        model.pastOpen.set(true);
    }

    private record PastCheck(SavedCheck check, Map<String, String> names) {
    }

    private String describe(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof PlanogramImportException problem) {
                return ui.messages().get("planogram.screen.importFailed",
                        new PlanogramText(ui.messages()).problem(problem));
            }
            if (cause instanceof java.io.IOException) {
                return ui.messages().get("planogram.screen.readFailed");
            }
            cause = cause.getCause();
        }
        return ErrorText.describe(error, ui.messages(), ui.app().setup().appHome());
    }
}
