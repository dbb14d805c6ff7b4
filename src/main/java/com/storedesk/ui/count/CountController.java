package com.storedesk.ui.count;

import com.storedesk.app.ErrorText;
import com.storedesk.data.StoreSummary;
import com.storedesk.inventory.count.CountLine;
import com.storedesk.inventory.count.CountRefusedException;
import com.storedesk.inventory.count.CountService;
import com.storedesk.inventory.count.CountSession;
import com.storedesk.inventory.count.CountSheet;
import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraScanner;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import com.storedesk.ui.scan.CameraPreview;
import com.storedesk.ui.scan.ScanBeep;
import com.storedesk.ui.scan.ScannerKeystrokes;
import com.storedesk.ui.shell.Screen;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.Node;

/**
 * Cycle counts on a kiosk or a back-office PC: start or resume a count of a location, scan items
 * (the handheld scanner is heard anywhere on the screen, the webcam when turned on) or type a code
 * and quantity, correct the lines, and finish to see the comparison with on hand. Every change is
 * saved by the count service off the FX thread before the screen shows it.
 */
public final class CountController implements Screen {

    private final UiContext ui;
    private final CountModel model = new CountModel();
    private final CountView view;
    private final GuardedCalls calls;
    private final QuantityText quantities;
    private final ScannerKeystrokes scanner;
    /** The webcam: each code it accepts counts one more, like a handheld scan. */
    private final CameraPreview camera;

    public CountController(UiContext ui) {
        this(ui, System::nanoTime);
    }

    /** @param nanos the scanner's clock: {@link System#nanoTime()}, or a test's own so its pace never depends on load */
    CountController(UiContext ui, LongSupplier nanos) {
        this(ui, nanos, ui.app().cameras());
    }

    /** {@code cameras}: the computer's, but in tests. */
    CountController(UiContext ui, LongSupplier nanos, CameraDevices cameras) {
        this.ui = ui;
        this.scanner = new ScannerKeystrokes(nanos, this::scanned);
        this.quantities = new QuantityText(ui.messages().locale());
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> model.error.set(null),
                this::describe);
        this.camera = new CameraPreview(new CameraScanner(cameras, new FrameDecoder()), ui.messages(), new ScanBeep(),
                ui.app().setup().settings().current().camera().sound());
        camera.onCode(code -> scanned(code.text()));
        model.cameraOn.addListener((obs, was, on) -> {
            if (on) {
                camera.start(ui.app().setup().settings().current().camera().camera().orElse(""));
            } else {
                camera.stop();
            }
        });
        // Only a count in hand takes codes: the camera is given back when there is none.
        model.sheet.addListener((obs, was, now) -> {
            if (now == null) {
                model.cameraOn.set(false);
            }
        });
        this.view = new CountView(model, ui.messages(), ui.formats(), quantities, this, camera.root());
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        scanner.listenOn(view.root());
        if (model.sheet.get() == null && model.result.get() == null) {
            reload();
        }
        view.focusEntry();
    }

    @Override
    public void onDeactivate() {
        scanner.stop();
        model.cameraOn.set(false);
    }

    /** The stores this person may count in (the kiosk's first) and the counts left unfinished. */
    void reload() {
        UserSession session = session();
        Optional<String> kioskStore = ui.app().setup().settings().current().kioskStore();
        run(() -> new Start(ui.app().stores().listStores().stream().filter(s -> session.canSeeStore(s.id())).toList(),
                counts().unfinished(session)), start -> {
                    model.stores.setAll(start.stores());
                    model.unfinished.setAll(start.unfinished());
                    if (model.store.get() == null || !start.stores().contains(model.store.get())) {
                        model.store.set(start.stores().stream()
                                .filter(s -> kioskStore.filter(s.code()::equalsIgnoreCase).isPresent()).findFirst()
                                .orElse(start.stores().isEmpty() ? null : start.stores().get(0)));
                    }
                });
    }

    private record Start(List<StoreSummary> stores, List<CountSession> unfinished) {
    }

    void start() {
        StoreSummary store = model.store.get();
        if (store == null) {
            model.error.set(ui.messages().get("count.error.noStore"));
            return;
        }
        String location = model.location.get();
        run(() -> counts().start(session(), store.id(), location), sheet -> {
            model.location.set("");
            show(sheet);
        });
    }

    void resume(CountSession count) {
        run(() -> counts().sheet(session(), count.id()), this::show);
    }

    /** A code the handheld scanner read: one more of it, in the count in hand. */
    private void scanned(String code) {
        CountSheet sheet = model.sheet.get();
        if (sheet == null) {
            model.error.set(ui.messages().get("count.error.scanFirst", code));
            return;
        }
        long id = sheet.session().id();
        run(() -> new Saved(counts().scan(session(), id, code), counts().sheet(session(), id)), this::saved);
    }

    /** The typed code and quantity: the line's count becomes that quantity; no quantity adds one. */
    void enter() {
        CountSheet sheet = model.sheet.get();
        String code = model.code.get() == null ? "" : model.code.get().strip();
        if (sheet == null || code.isEmpty()) {
            model.error.set(ui.messages().get("count.error.noCode"));
            return;
        }
        String typed = model.quantity.get() == null ? "" : model.quantity.get().strip();
        Optional<BigDecimal> quantity = quantities.parse(typed);
        if (!typed.isEmpty() && quantity.isEmpty()) {
            model.error.set(ui.messages().get("count.refused.quantity"));
            return;
        }
        long id = sheet.session().id();
        run(() -> new Saved(quantity.isPresent() ? counts().enter(session(), id, code, quantity.get())
                : counts().scan(session(), id, code), counts().sheet(session(), id)), saved -> {
                    model.code.set("");
                    model.quantity.set("");
                    saved(saved);
                    view.focusEntry();
                });
    }

    /** One more or one fewer of a line, never below zero. */
    void step(CountLine line, int by) {
        BigDecimal next = line.quantity().add(BigDecimal.valueOf(by)).max(BigDecimal.ZERO);
        long id = model.sheet.get().session().id();
        run(() -> {
            counts().correct(session(), id, line.id(), next);
            return counts().sheet(session(), id);
        }, model.sheet::set);
    }

    void remove(CountLine line) {
        long id = model.sheet.get().session().id();
        run(() -> {
            counts().remove(session(), id, line.id());
            return counts().sheet(session(), id);
        }, sheet -> {
            model.note.set(null);
            model.sheet.set(sheet);
        });
    }

    void finish() {
        long id = model.sheet.get().session().id();
        run(() -> counts().finish(session(), id), result -> {
            model.sheet.set(null);
            model.note.set(null);
            model.result.set(result);
        });
    }

    /** Leaves the count in hand unfinished, to resume later, and goes back to the start. */
    void pause() {
        model.sheet.set(null);
        model.note.set(null);
        reload();
    }

    /** From a finished count's comparison back to the start. */
    void another() {
        model.result.set(null);
        reload();
    }

    private record Saved(CountLine line, CountSheet sheet) {
    }

    private void saved(Saved saved) {
        CountLine line = saved.line();
        model.sheet.set(saved.sheet());
        model.noteWarns.set(!line.known());
        model.note.set(line.known()
                ? ui.messages().get("count.note.counted", line.name(), quantities.format(line.quantity()))
                : ui.messages().get("count.note.unknown", line.code(), quantities.format(line.quantity())));
    }

    private void show(CountSheet sheet) {
        model.result.set(null);
        model.note.set(null);
        model.sheet.set(sheet);
        view.focusEntry();
    }

    private String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CountRefusedException refused) {
                return ui.messages().get(refused.reason().messageKey());
            }
        }
        return ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome());
    }

    private CountService counts() {
        return ui.app().counts();
    }

    private UserSession session() {
        return ui.app().session();
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }
}
