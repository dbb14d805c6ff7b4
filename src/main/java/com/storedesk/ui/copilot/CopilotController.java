package com.storedesk.ui.copilot;

import com.storedesk.app.ErrorText;
import com.storedesk.assist.copilot.CopilotQuestion;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.insight.customer.CustomerProfile;
import com.storedesk.insight.customer.CustomerProfiles;
import com.storedesk.insight.customer.CustomerSearch;
import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraScanner;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import com.storedesk.ui.scan.CameraPreview;
import com.storedesk.ui.scan.ScanBeep;
import com.storedesk.ui.scan.ScannerKeystrokes;
import com.storedesk.ui.shell.Screen;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The clienteling copilot: find a loyalty member by card (a handheld scanner types the card's
 * barcode into the search field, or the card is held up to the webcam), phone, e-mail or name, see who they are and what they buy, and ask
 * the copilot about products, stock, policies or the customer's purchases. Searches, profiles and
 * answers are read off the FX thread, and so are the next-best-offers and basket summaries shown
 * with the profile.
 */
public final class CopilotController implements Screen {

    private final UiContext ui;
    private final CopilotModel model = new CopilotModel();
    private final CopilotView view;
    private final GuardedCalls calls;
    private final CallManager callManager;
    /** A loyalty card scanned anywhere on the screen finds its member, whichever field has the focus. */
    private final ScannerKeystrokes scanner = new ScannerKeystrokes(System::nanoTime, this::scanned);
    /** The webcam, for a card held up to it: the first code it accepts is searched like a handheld scan. */
    private final CameraPreview cardCamera;
    /** Counts "Next customer": an answer that arrives after it belongs to the customer before. */
    private int conversation;

    public CopilotController(UiContext ui) {
        this(ui, ui.app().cameras());
    }

    /** {@code cameras}: the computer's, but in tests. */
    CopilotController(UiContext ui, CameraDevices cameras) {
        this.ui = ui;
        this.cardCamera = new CameraPreview(new CameraScanner(cameras, new FrameDecoder()), ui.messages(),
                new ScanBeep(), ui.app().setup().settings().current().camera().sound());
        cardCamera.onCode(code -> cardScanned(code.text()));
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> model.error.set(null),
                failure -> ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
        // Before the view, so a new customer's profile never shows the previous one's suggestions.
        new SuggestionsLoader(ui, model);
        this.callManager = new CallManager(ui,
                () -> Optional.ofNullable(model.profile.get()).map(CustomerProfile::customer));
        this.view = new CopilotView(model, ui.messages(), ui.formats(), ui.app().clock(), this,
                new CardScanPane(model, ui.messages(), cardCamera, this).root());
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        // The knowledge index builds in the background (it does not block), so the first question finds it ready.
        ui.app().knowledge().start();
        view.focusSearch();
        callManager.resume();
        scanner.listenOn(view.root());
    }

    @Override
    public void onDeactivate() {
        callManager.pause();
        scanner.stop();
        // Leaving the screen, or a kiosk gone idle, gives the camera back.
        closeCardScan();
    }

    /** "Scan card": opens the camera chosen in Settings (or the first) for the card. */
    void scanCard() {
        model.scanningCard.set(true);
        cardCamera.start(ui.app().setup().settings().current().camera().camera().orElse(""));
    }

    void closeCardScan() {
        if (model.scanningCard.get()) {
            cardCamera.stop();
            model.scanningCard.set(false);
        }
    }

    /** The camera read a card: one is enough, so the camera closes and the card is searched. */
    private void cardScanned(String code) {
        if (model.scanningCard.get()) {
            closeCardScan();
            scanned(code);
        }
    }

    /** A card the handheld scanner or the webcam read: searched as if typed into the search field. */
    private void scanned(String code) {
        model.query.set(code);
        search();
    }

    /** "Call a manager", shown with the question box. */
    CallManager callManager() {
        return callManager;
    }

    void search() {
        String query = model.query.get() == null ? "" : model.query.get().strip();
        if (query.length() < 2) {
            model.searchNote.set(ui.messages().get("copilot.search.tooShort"));
            return;
        }
        CustomerSearch search = ui.app().customerSearch();
        model.profile.set(null);
        run(() -> search.find(query), found -> {
            model.matches.setAll(found);
            if (found.size() == 1) {
                choose(found.get(0));
            }
            model.searchNote.set(found.isEmpty() ? ui.messages().get("copilot.search.none", query)
                    : found.size() >= CustomerSearch.MOST ? ui.messages().get("copilot.search.many", found.size())
                    : null);
        });
    }

    void choose(CustomerRecord customer) {
        if (customer == null) {
            return;
        }
        CustomerProfiles profiles = ui.app().customerProfiles();
        run(() -> profiles.of(customer.id()), profile -> model.profile.set(profile.orElse(null)));
    }

    /** Asks the copilot about the customer being served, or with no one chosen; the store is the kiosk's. */
    void ask() {
        String text = model.question.get() == null ? "" : model.question.get().strip();
        if (text.length() < 2) {
            model.askNote.set(ui.messages().get("copilot.ask.tooShort"));
            return;
        }
        Optional<CustomerRecord> customer = Optional.ofNullable(model.profile.get()).map(CustomerProfile::customer);
        int asked = conversation;
        model.askNote.set(null);
        model.askError.set(null);
        model.asking.set(true);
        ui.tasks().call(() -> ui.app().copilot().ask(new CopilotQuestion(text, customer, kioskStore(),
                ui.messages().language(), ui.app().auditActor()))).onSuccess(answer -> {
                    // An answer about the customer before "Next customer" is not shown to the next one.
                    if (asked == conversation) {
                        model.asking.set(false);
                        model.answer.set(answer);
                        callManager.heard(text, answer.text());
                    }
                }).onFailure(failure -> {
                    if (asked == conversation) {
                        model.asking.set(false);
                        model.askError.set(ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
                    }
                }).start();
    }

    /** The store this kiosk serves, as Settings names it; none on a back-office PC. Reads the database. */
    private Optional<StoreSummary> kioskStore() {
        return KioskStore.among(ui.app(), ui.app().stores().listStores());
    }

    /** Forgets the customer and the conversation: the next one starts from an empty screen. */
    void clear() {
        conversation++;
        model.question.set("");
        model.answer.set(null);
        model.askNote.set(null);
        model.askError.set(null);
        model.asking.set(false);
        model.query.set("");
        model.matches.clear();
        model.profile.set(null);
        model.searchNote.set(null);
        model.error.set(null);
        callManager.clear();
        closeCardScan();
        view.focusSearch();
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }
}
