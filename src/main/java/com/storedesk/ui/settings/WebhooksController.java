package com.storedesk.ui.settings;

import com.storedesk.app.ErrorText;
import com.storedesk.app.WebhookTexts;
import com.storedesk.config.WebhookSettings;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.pos.connection.ConnectionWebhooks;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.WebhookReadiness;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.Coalescer;
import com.storedesk.ui.concurrent.GuardedCalls;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings' webhook receiver, for administrators: where it listens, Start and Stop (the choice saved,
 * so "start with StoreDesk" uses it), its state as deliveries arrive, and Clover's one-time
 * verification code to copy into Clover's dashboard. Binding a port and reading
 * the vault run off the FX thread; while shown, the section follows the receiver and the connections.
 */
final class WebhooksController {

    private static final Logger log = LoggerFactory.getLogger(WebhooksController.class);

    private final UiContext ui;
    private final WebhooksModel model = new WebhooksModel();
    private final WebhooksSection view;
    private final GuardedCalls calls;
    private final Coalescer changed;
    private Runnable unsubscribe;
    /** Loads run side by side: only one asked for later than the one shown replaces it. */
    private long asked;
    private long shown;

    WebhooksController(UiContext ui) {
        this.ui = ui;
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> {
            model.error.set(null);
            model.notice.set(null);
        }, failure -> ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
        WebhookSettings settings = ui.app().setup().settings().current().webhooks();
        model.bindAddress.set(settings.bindAddress());
        model.port.set(Integer.toString(settings.port()));
        model.startWithApp.set(settings.startWithApp());
        this.view = new WebhooksSection(model, ui.messages(), this);
        this.changed = new Coalescer(Duration.millis(300), this::reload);
        reload();
    }

    Node view() {
        return view.root();
    }

    /** Follows the receiver's state and counts (and the connections, through it) while Settings is shown. */
    void activate() {
        if (unsubscribe == null) {
            unsubscribe = ui.app().webhooks().listen(changed::signal);
            reload();
        }
    }

    void deactivate() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
            changed.cancel();
        }
    }

    void start() {
        Integer port = port();
        if (port == null) {
            model.notice.set(null);
            model.error.set(ui.messages().get("webhooks.port.invalid"));
            return;
        }
        String bind = model.bindAddress.get();
        WebhookService service = ui.app().webhooks();
        run(() -> {
            ui.app().setup().settings().update(s -> s.withWebhooks(new WebhookSettings(bind, port,
                    s.webhooks().startWithApp())));
            service.start(bind, port);
            return loaded();
        }, showing());
    }

    void stop() {
        WebhookService service = ui.app().webhooks();
        run(() -> {
            service.stop();
            return loaded();
        }, showing());
    }

    void chooseStartWithApp(boolean start) {
        Consumer<Loaded> show = showing();
        run(() -> {
            ui.app().setup().settings().update(s -> s.withWebhooks(new WebhookSettings(s.webhooks().bindAddress(),
                    s.webhooks().port(), start)));
            return loaded();
        }, loaded -> {
            model.startWithApp.set(start);
            show.accept(loaded);
            model.notice.set(ui.messages().get(start ? "webhooks.startWithApp.saved" : "webhooks.startWithApp.off"));
        });
    }

    /**
     * Follows the receiver without taking the form: no busy buttons, no notice or error cleared (a
     * delivery counted while the administrator reads a message must not wipe it).
     */
    private void reload() {
        Consumer<Loaded> show = showing();
        ui.tasks().call(this::loaded).onSuccess(show::accept)
                .onFailure(failure -> log.warn("Could not read the webhook receiver's state", failure)).start();
    }

    /** Shows a load's result unless one asked for later is shown already. Call on the FX thread. */
    private Consumer<Loaded> showing() {
        long ticket = ++asked;
        return loaded -> {
            if (ticket > shown) {
                shown = ticket;
                show(loaded);
            }
        };
    }

    /** Puts Clover's verification code on the clipboard, for its dashboard. */
    void copyCloverCode() {
        String code = model.cloverCode.get();
        if (code == null || code.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        model.error.set(null);
        model.notice.set(ui.messages().get("webhooks.clover.copied"));
    }

    private record Loaded(List<WebhookReadiness> readiness, List<WebhookPlatform> served,
            Optional<WebhookService.CloverHandshake> clover) {
    }

    private Loaded loaded() {
        WebhookService service = ui.app().webhooks();
        ConnectionWebhooks connections = ui.app().connectionWebhooks();
        return new Loaded(connections.readiness(), service.servedPlatforms(), service.cloverHandshake());
    }

    private void showClover(Loaded loaded) {
        boolean connected = loaded.readiness().stream()
                .anyMatch(readiness -> readiness.connection().platform() == Platform.CLOVER);
        model.cloverShown.set(connected || loaded.clover().isPresent());
        model.cloverCode.set(loaded.clover().map(WebhookService.CloverHandshake::code).orElse(""));
        model.cloverHint.set(loaded.clover()
                .map(handshake -> ui.messages().get("webhooks.clover.received",
                        ui.formats().dateTime(handshake.receivedAt(), ui.app().clock().getZone())))
                .orElseGet(() -> ui.messages().get("webhooks.clover.waiting", WebhookPlatform.CLOVER.path())));
    }

    private void show(Loaded loaded) {
        // The receiver's own status now: a load that read it before a start finished must not show it stopped.
        WebhookService.Status status = ui.app().webhooks().status();
        model.listening.set(status.state() == WebhookService.State.LISTENING);
        model.failed.set(status.state() == WebhookService.State.FAILED);
        model.state.set(WebhookTexts.status(status, ui.messages(), ui.formats(), ui.app().clock().getZone()));
        List<WebhooksModel.Line> lines = new ArrayList<>();
        Set<WebhookPlatform> platforms = EnumSet.noneOf(WebhookPlatform.class);
        platforms.addAll(loaded.served());
        for (WebhookReadiness readiness : loaded.readiness()) {
            ConnectionWebhooks.webhookPlatform(readiness.connection().platform()).ifPresent(platforms::add);
            lines.add(new WebhooksModel.Line(ui.messages().get("webhooks.connection",
                    ui.messages().get(readiness.connection().platform().nameKey()), readiness.connection().accountId(),
                    ui.messages().get(WebhookTexts.readinessKey(readiness.state()))),
                    readiness.state() == WebhookReadiness.State.READY));
        }
        if (lines.isEmpty()) {
            lines.add(new WebhooksModel.Line(ui.messages().get("webhooks.none"), false));
        }
        model.connections.setAll(lines);
        model.paths.setAll(platforms.stream().map(platform -> ui.messages().get("webhooks.path",
                WebhookTexts.platformName(platform, ui.messages()), platform.path())).toList());
        showClover(loaded);
    }

    /** The port typed, or null when it is not a whole number from 0 to 65535 (0: any free port). */
    private Integer port() {
        try {
            int port = Integer.parseInt(model.port.get().strip());
            return port >= 0 && port <= 65535 ? port : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }
}
