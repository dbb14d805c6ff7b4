package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.storedesk.app.AppContext;
import com.storedesk.assist.ApiKey;
import com.storedesk.assist.AssistantDraft;
import com.storedesk.assist.VaultApiKey;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.config.LlmSettings;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.VaultChoice;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FakeOpenAi;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings' AI assistant section: the model's endpoint and key, its test, and the prompt editor. */
@ExtendWith(ApplicationExtension.class)
class AssistantSettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final String KEY = "sk-settings-test-0123456789";

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private final FakeOpenAi model = new FakeOpenAi();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
        model.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aSavedModelItsTestAndAnEditedPromptReadClearly(Language language, FxRobot robot) {
        context = TestInstallation.create().language(language).open(false);
        context.assistantSetup().save(ADMINISTRATOR, new AssistantDraft(model.baseUrl(), FakeOpenAi.MODEL, 20,
                LlmSettings.DEFAULT_LOYALTY_ID_PATTERN, ApiKey.of(KEY), false));
        String shipped = context.prompts().registry().current(ShippedPrompts.COPILOT_ASK).text();
        context.prompts().edit(ADMINISTRATOR, ShippedPrompts.COPILOT_ASK, shipped + "\nKeep answers short.");
        mount(language);
        FxWait.until(() -> FxWait.onFx(() -> versions(robot).getItems().size()) == 2);

        Messages messages = new Messages(language);
        assertThat(robot.lookup("#assist-api-key").queryAs(PasswordField.class).getText())
                .as("a stored key is never read back").isEmpty();
        assertThat(robot.lookup("#assist-api-key-state").queryAs(Label.class).getText())
                .isEqualTo(messages.get("connections.secret.stored"));
        assertThat(robot.lookup("#assist-prompt-text").queryAs(TextArea.class).getText())
                .endsWith("Keep answers short.");
        assertThat(FxWait.onFx(() -> versions(robot).getConverter().toString(versions(robot).getValue())))
                .contains(ADMINISTRATOR.auditName()).endsWith(messages.get("assist.prompt.version.inForce", "").strip());

        FxWait.runFx(() -> robot.lookup("#assist-test").queryAs(Button.class).fire());
        FxWait.until(() -> FxWait.shown(robot, "#assist-test-lines"));
        assertThat(FxWait.onFx(() -> ((VBox) stage.getScene().lookup("#assist-test-lines")).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList())).contains(messages.get("assist.test.ready"));

        TestStage.scrollTo(stage, "#settings-assistant");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-assistant-" + language.tag())))
                .isRegularFile();
        TestStage.scrollTo(stage, "#assist-prompt");
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-prompts-" + language.tag())))
                .isRegularFile();
        assertThat(FxWait.onFx(() -> stage.getScene().getRoot().lookupAll(".text-input").stream()
                .map(n -> ((javafx.scene.control.TextInputControl) n).getText()).toList())).doesNotContain(KEY);
    }

    @Test
    void theFormRefusesAnInsecureAddressThenSavesTheKeyToTheVaultAndClearsTheField(FxRobot robot) {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        mount(Language.ENGLISH);
        FxWait.until(() -> FxWait.shown(robot, "#assist-base-url"));
        Messages messages = new Messages(Language.ENGLISH);

        fill(robot, "http://models.example.com/v1");
        FxWait.until(() -> FxWait.shown(robot, "#assist-error"));
        assertThat(error(robot)).isEqualTo(messages.get("assist.setup.error.insecure"));
        assertThat(context.setup().settings().current().llm().baseUrl()).isEmpty();

        fill(robot, model.baseUrl());
        FxWait.until(() -> FxWait.shown(robot, "#assist-notice"));
        assertThat(context.setup().settings().current().llm().baseUrl()).contains(model.baseUrl());
        assertThat(VaultChoice.forHome(context.setup().appHome()).get(VaultApiKey.NAME))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo(KEY));
        assertThat(robot.lookup("#assist-api-key").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#assist-api-key-state").queryAs(Label.class).getText())
                .isEqualTo(messages.get("connections.secret.stored"));
    }

    @Test
    void anEditedPromptBecomesTheNewestVersionAndAnUnknownSlotIsRefused(FxRobot robot) {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        mount(Language.ENGLISH);
        FxWait.until(() -> FxWait.onFx(() -> versions(robot).getItems().size()) == 1);
        Messages messages = new Messages(Language.ENGLISH);
        FxWait.runFx(() -> robot.lookup("#assist-prompt").queryAs(ComboBox.class)
                .setValue(ShippedPrompts.RECEIPT_SUMMARY));
        FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#assist-prompt-text").queryAs(TextArea.class).getText())
                .contains("{{basket}}"));

        String text = robot.lookup("#assist-prompt-text").queryAs(TextArea.class).getText();
        savePrompt(robot, text + "\n{{loyaltyCard}}");
        FxWait.until(() -> FxWait.shown(robot, "#assist-error"));
        assertThat(error(robot)).isEqualTo(messages.get("assist.prompt.error.unknown_variable", "{{loyaltyCard}}"));

        savePrompt(robot, text.replace("at most eight words", "at most six words"));
        FxWait.until(() -> FxWait.shown(robot, "#assist-notice"));
        assertThat(context.prompts().registry().current(ShippedPrompts.RECEIPT_SUMMARY).text())
                .contains("at most six words");
        assertThat(context.prompts().registry().history(ShippedPrompts.RECEIPT_SUMMARY)).hasSize(2);
        assertThat(FxWait.onFx(() -> versions(robot).getItems().size())).isEqualTo(2);
    }

    private void fill(FxRobot robot, String url) {
        FxWait.runFx(() -> {
            robot.lookup("#assist-base-url").queryAs(TextField.class).setText(url);
            robot.lookup("#assist-model").queryAs(TextField.class).setText(FakeOpenAi.MODEL);
            robot.lookup("#assist-api-key").queryAs(PasswordField.class).setText(KEY);
            robot.lookup("#assist-save").queryAs(Button.class).fire();
        });
    }

    private void savePrompt(FxRobot robot, String text) {
        FxWait.runFx(() -> {
            robot.lookup("#assist-prompt-text").queryAs(TextArea.class).setText(text);
            robot.lookup("#assist-prompt-save").queryAs(Button.class).fire();
        });
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> versions(FxRobot robot) {
        return robot.lookup("#assist-prompt-version").queryAs(ComboBox.class);
    }

    private void mount(Language language) {
        context.useSession(ADMINISTRATOR);
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            SettingsController controller = new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
        });
    }

    private static String error(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#assist-error").queryAs(Message.class).getDescription());
    }
}
