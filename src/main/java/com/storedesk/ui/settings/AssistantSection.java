package com.storedesk.ui.settings;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.storedesk.assist.prompt.PromptVersion;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the AI assistant's section: the endpoint form with its test, then the prompt editor. The
 * key is typed into a password field and never shown again; beside it, whether one is stored here.
 */
final class AssistantSection {

    private final AssistantModel model;
    private final Messages messages;
    private final AssistantController controller;
    private final Function<String, String> promptName;
    private final Function<PromptVersion, String> versionText;
    private final Section root;

    AssistantSection(AssistantModel model, Messages messages, AssistantController controller,
            Function<String, String> promptName, Function<PromptVersion, String> versionText) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        this.promptName = promptName;
        this.versionText = versionText;
        Message environment = new Message(messages.get("assist.setup.environment.title"), "",
                new FontIcon(Feather.INFO));
        environment.getStyleClass().add(Styles.ACCENT);
        environment.setId("assist-environment");
        environment.descriptionProperty().bind(model.overriddenBy);
        environment.visibleProperty().bind(model.overriddenBy.isNotEmpty());
        environment.managedProperty().bind(environment.visibleProperty());

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("assist-notice");
        ErrorMessage error = new ErrorMessage(messages.get("assist.setup.error.title"), model.error);
        error.setId("assist-error");

        root = new Section(messages.get("assist.setup.title"), FormLabels.muted(messages.get("assist.setup.explanation")),
                environment, form(), buttons(), testResults(), prompts(), saved, error);
        root.setId("settings-assistant");
    }

    Node root() {
        return root;
    }

    private Node form() {
        TextField baseUrl = textField("assist-base-url", model.baseUrl, "assist.setup.baseUrl.prompt");
        TextField modelName = textField("assist-model", model.model, "assist.setup.model.prompt");

        Spinner<Integer> timeout = new Spinner<>(1, 300, model.timeoutSeconds.get());
        timeout.setId("assist-timeout");
        timeout.setEditable(true);
        timeout.setPrefWidth(110);
        model.timeoutSeconds.addListener((obs, was, now) -> timeout.getValueFactory().setValue(now.intValue()));
        timeout.valueProperty().addListener((obs, was, now) -> model.timeoutSeconds.set(now));
        HBox timeoutRow = new HBox(8, timeout, FormLabels.muted(messages.get("assist.setup.timeout.unit")));
        timeoutRow.setAlignment(Pos.CENTER_LEFT);

        PasswordField key = new PasswordField();
        key.setId("assist-api-key");
        key.setPromptText(messages.get("assist.setup.apiKey.prompt"));
        key.textProperty().bindBidirectional(model.apiKey);
        Label keyState = new Label();
        keyState.setId("assist-api-key-state");
        keyState.setMinWidth(Region.USE_PREF_SIZE);
        keyState.getStyleClass().add(Styles.TEXT_MUTED);
        keyState.textProperty().bind(Bindings.when(model.keyStored).then(messages.get("connections.secret.stored"))
                .otherwise(messages.get("connections.secret.notStored")));
        keyState.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(model.keyStored.get() ? Feather.LOCK : Feather.MINUS_CIRCLE), model.keyStored));
        CheckBox removeKey = new CheckBox(messages.get("assist.setup.apiKey.remove"));
        removeKey.setId("assist-api-key-remove");
        removeKey.selectedProperty().bindBidirectional(model.removeKey);
        removeKey.visibleProperty().bind(model.keyStored);
        removeKey.managedProperty().bind(removeKey.visibleProperty());
        removeKey.disableProperty().bind(model.apiKey.isNotEmpty());

        TextField pattern = textField("assist-loyalty-pattern", model.loyaltyIdPattern, "assist.setup.pattern.prompt");

        GridPane grid = new CaptionGrid(16, 10);
        // A third column for "stored / not stored", so the key field ends where the others do.
        ColumnConstraints states = new ColumnConstraints();
        states.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(states);
        grid.add(FormLabels.caption(messages.get("assist.setup.baseUrl")), 0, 0);
        grid.add(baseUrl, 1, 0, 2, 1);
        grid.add(FormLabels.caption(messages.get("assist.setup.model")), 0, 1);
        grid.add(modelName, 1, 1, 2, 1);
        grid.add(FormLabels.caption(messages.get("assist.setup.apiKey")), 0, 2);
        grid.add(key, 1, 2);
        grid.add(keyState, 2, 2);
        grid.add(removeKey, 1, 3, 2, 1);
        grid.add(FormLabels.caption(messages.get("assist.setup.timeout")), 0, 4);
        grid.add(timeoutRow, 1, 4, 2, 1);
        grid.add(FormLabels.caption(messages.get("assist.setup.pattern")), 0, 5);
        grid.add(pattern, 1, 5, 2, 1);
        grid.add(FormLabels.muted(messages.get("assist.setup.pattern.hint")), 1, 6, 2, 1);
        return grid;
    }

    private Node buttons() {
        Button test = new Button(messages.get("assist.setup.test"), new FontIcon(Feather.ACTIVITY));
        test.setId("assist-test");
        test.setOnAction(e -> controller.test());
        test.disableProperty().bind(model.busy);
        Label testHint = FormLabels.muted(messages.get("assist.setup.test.hint"));
        Button save = new Button(messages.get("assist.setup.save"), new FontIcon(Feather.SAVE));
        save.setId("assist-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> controller.save());
        save.disableProperty().bind(model.busy);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, test, testHint, gap, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(testHint, Priority.SOMETIMES);
        return bar;
    }

    private Node testResults() {
        VBox lines = new VBox(4);
        lines.setId("assist-test-lines");
        model.testLines.addListener((ListChangeListener<String>) change -> lines.getChildren().setAll(
                model.testLines.stream().map(this::testLine).toList()));
        lines.visibleProperty().bind(Bindings.isNotEmpty(model.testLines));
        lines.managedProperty().bind(lines.visibleProperty());
        return lines;
    }

    private Label testLine(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(model.testPassed.get() ? Styles.SUCCESS : Styles.TEXT_MUTED);
        return label;
    }

    private Node prompts() {
        Label heading = new Label(messages.get("assist.prompt.title"));
        heading.getStyleClass().add(Styles.TITLE_4);

        ComboBox<String> pick = new ComboBox<>(model.promptIds);
        pick.setId("assist-prompt");
        pick.setConverter(ChoiceLabels.of(promptName::apply));
        pick.valueProperty().bindBidirectional(model.promptId);
        model.promptId.addListener((obs, was, now) -> controller.choosePrompt(now));
        pick.disableProperty().bind(model.busy);

        ComboBox<PromptVersion> versions = new ComboBox<>(model.versions);
        versions.setId("assist-prompt-version");
        versions.setConverter(ChoiceLabels.of(versionText::apply));
        versions.valueProperty().bindBidirectional(model.shown);
        versions.setOnAction(e -> controller.showVersion(versions.getValue()));
        versions.disableProperty().bind(model.busy);
        HBox pickers = new HBox(8, pick, versions);
        pickers.setAlignment(Pos.CENTER_LEFT);

        TextArea text = new TextArea();
        text.setId("assist-prompt-text");
        text.textProperty().bindBidirectional(model.promptText);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.getStyleClass().add("monospace");
        Label slots = FormLabels.muted("");
        slots.setId("assist-prompt-slots");
        slots.textProperty().bind(model.slots);

        Button discard = new Button(messages.get("assist.prompt.discard"), new FontIcon(Feather.ROTATE_CCW));
        discard.setId("assist-prompt-discard");
        discard.setOnAction(e -> controller.discardPromptEdits());
        Button save = new Button(messages.get("assist.prompt.save"), new FontIcon(Feather.SAVE));
        save.setId("assist-prompt-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> controller.savePrompt());
        discard.disableProperty().bind(model.busy);
        save.disableProperty().bind(model.busy.or(model.promptText.isEmpty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, gap, discard, save);
        return new VBox(10, heading, FormLabels.muted(messages.get("assist.prompt.explanation")), pickers, text, slots, bar);
    }

    private TextField textField(String id, StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

}
