package com.storedesk.ui.settings;

import com.storedesk.app.ErrorText;
import com.storedesk.assist.ApiKey;
import com.storedesk.assist.AssistTexts;
import com.storedesk.assist.AssistantDraft;
import com.storedesk.assist.AssistantOverview;
import com.storedesk.assist.AssistantSetup;
import com.storedesk.assist.AssistantSetupException;
import com.storedesk.assist.ConnectionReport;
import com.storedesk.assist.prompt.PromptEditRefusedException;
import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptService;
import com.storedesk.assist.prompt.PromptVersion;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.config.LlmSettings;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Settings' AI assistant, for administrators: the model's endpoint and key, a test of them, and the
 * prompts, each edit saved as a new version. Every service call runs off the FX thread; the
 * services check the role again.
 */
final class AssistantController {

    private final UiContext ui;
    private final AssistantModel model = new AssistantModel();
    private final AssistantSection view;
    private final GuardedCalls calls;

    AssistantController(UiContext ui) {
        this.ui = ui;
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> {
            model.error.set(null);
            model.notice.set(null);
        }, this::describe);
        this.view = new AssistantSection(model, ui.messages(), this, this::promptName, this::versionLabel);
        model.promptIds.setAll(ui.app().prompts().registry().ids());
        load();
    }

    Node view() {
        return view.root();
    }

    void save() {
        UserSession session = ui.app().session();
        AssistantSetup setup = ui.app().assistantSetup();
        AssistantDraft draft = new AssistantDraft(model.baseUrl.get(), model.model.get(), model.timeoutSeconds.get(),
                model.loyaltyIdPattern.get(), key(model.apiKey.get()), model.removeKey.get());
        run(() -> {
            setup.save(session, draft);
            return setup.overview(session);
        }, overview -> {
            show(overview);
            model.notice.set(ui.messages().get("assist.setup.saved"));
        });
    }

    /** Tests what is saved: the environment's values included, as the assistant will call it. */
    void test() {
        String actor = ui.app().session().auditName();
        model.testLines.clear();
        run(() -> ui.app().llmConnectionTest().run(actor), this::showReport);
    }

    void choosePrompt(String id) {
        if (id == null) {
            return;
        }
        PromptRegistry registry = ui.app().prompts().registry();
        run(() -> registry.history(id), versions -> showVersions(id, versions, versions.get(versions.size() - 1)));
    }

    /** Fills the editor with an older version, to read or to save again as the newest. */
    void showVersion(PromptVersion version) {
        if (version != null) {
            model.shown.set(version);
            model.promptText.set(version.template().text());
        }
    }

    void savePrompt() {
        String id = model.promptId.get();
        String text = model.promptText.get();
        UserSession session = ui.app().session();
        PromptService prompts = ui.app().prompts();
        run(() -> {
            prompts.edit(session, id, text);
            return prompts.registry().history(id);
        }, versions -> {
            showVersions(id, versions, versions.get(versions.size() - 1));
            model.notice.set(ui.messages().get("assist.prompt.saved",
                    versions.get(versions.size() - 1).template().ref().version()));
        });
    }

    void discardPromptEdits() {
        showVersion(model.versions.isEmpty() ? null : model.versions.get(model.versions.size() - 1));
    }

    private void load() {
        UserSession session = ui.app().session();
        AssistantSetup setup = ui.app().assistantSetup();
        run(() -> setup.overview(session), overview -> {
            show(overview);
            model.promptId.set(model.promptIds.get(0));
        });
    }

    private void show(AssistantOverview overview) {
        LlmSettings saved = overview.saved();
        model.baseUrl.set(saved.baseUrl().orElse(""));
        model.model.set(saved.model().orElse(""));
        model.timeoutSeconds.set((int) saved.timeout().toSeconds());
        model.loyaltyIdPattern.set(saved.loyaltyIdPattern());
        model.apiKey.set("");
        model.removeKey.set(false);
        model.keyStored.set(overview.keyStored());
        model.overriddenBy.set(overview.overriddenBy().isEmpty() ? ""
                : ui.messages().get("assist.setup.environment", String.join(", ", overview.overriddenBy())));
    }

    private void showReport(ConnectionReport report) {
        model.testPassed.set(report.modelAnswers());
        model.testLines.setAll(new AssistTexts(ui.messages()).report(report));
    }

    private void showVersions(String id, List<PromptVersion> versions, PromptVersion shown) {
        model.versions.setAll(versions);
        model.slots.set(shown.template().variables().isEmpty() ? ui.messages().get("assist.prompt.noSlots")
                : ui.messages().get("assist.prompt.slots", String.join(", ",
                        shown.template().variables().stream().map(v -> "{{" + v + "}}").toList())));
        if (!id.equals(model.promptId.get())) {
            model.promptId.set(id);
        }
        showVersion(shown);
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }

    private String describe(Throwable failure) {
        if (failure instanceof AssistantSetupException refused) {
            return ui.messages().get(refused.messageKey(), refused.args());
        }
        if (failure instanceof PromptEditRefusedException refused) {
            return ui.messages().get(switch (refused.reason()) {
                case NOT_PERMITTED -> "assist.prompt.error.not_permitted";
                case UNKNOWN_PROMPT -> "assist.prompt.error.unknown_prompt";
                case BLANK -> "assist.prompt.error.blank";
                case TOO_LONG -> "assist.prompt.error.too_long";
                case UNKNOWN_VARIABLE -> "assist.prompt.error.unknown_variable";
            }, refused.reason() == PromptEditRefusedException.Reason.UNKNOWN_VARIABLE
                    ? "{{" + refused.detail() + "}}" : refused.detail());
        }
        return ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome());
    }

    /** A prompt as administrators know it, by what it is for. */
    private String promptName(String id) {
        return switch (id) {
            case ShippedPrompts.COPILOT_ASK -> ui.messages().get("assist.prompt.name.copilot-ask");
            case ShippedPrompts.RECEIPT_SUMMARY -> ui.messages().get("assist.prompt.name.receipt-summary");
            case ShippedPrompts.OFFER_PITCH -> ui.messages().get("assist.prompt.name.offer-pitch");
            case ShippedPrompts.DAILY_BRIEFING -> ui.messages().get("assist.prompt.name.daily-briefing");
            case ShippedPrompts.VARIANCE_EXPLANATION -> ui.messages().get("assist.prompt.name.variance-explanation");
            case ShippedPrompts.CONNECTION_TEST -> ui.messages().get("assist.prompt.name.connection-test");
            default -> id;
        };
    }

    /** "Version 3 · Ada, 2 Dec 2026, 09:14 · in force": who wrote it, or that it shipped with StoreDesk. */
    private String versionLabel(PromptVersion version) {
        int number = version.template().ref().version();
        String origin = version.shipped() ? ui.messages().get("assist.prompt.version.shipped", number)
                : ui.messages().get("assist.prompt.version.edited", number, version.author(),
                        ui.formats().dateTime(version.createdAt(), ui.app().clock().getZone()));
        boolean inForce = !model.versions.isEmpty() && model.versions.get(model.versions.size() - 1) == version;
        return inForce ? ui.messages().get("assist.prompt.version.inForce", origin) : origin;
    }

    private static ApiKey key(String typed) {
        return typed == null || typed.isBlank() ? null : ApiKey.of(typed);
    }
}
