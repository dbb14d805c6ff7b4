package com.storedesk.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.storedesk.config.WebhookSettings;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the webhook receiver's section: where it listens, Start and Stop, its state, and which
 * connections' deliveries it can verify, with the path each platform posts to, and Clover's one-time
 * verification code.
 */
final class WebhooksSection {

    private final WebhooksModel model;
    private final Messages messages;
    private final WebhooksController controller;
    private final Section root;

    WebhooksSection(WebhooksModel model, Messages messages, WebhooksController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("webhooks-notice");
        ErrorMessage error = new ErrorMessage(messages.get("settings.error.title"), model.error);
        error.setId("webhooks-error");
        root = new Section(messages.get("webhooks.title"), FormLabels.muted(messages.get("webhooks.explanation")),
                form(), buttons(), ready(), clover(), saved, error);
        root.setId("settings-webhooks");
    }

    Node root() {
        return root;
    }

    private Node form() {
        ComboBox<String> bind = new ComboBox<>(FXCollections.observableArrayList(WebhookSettings.LOOPBACK, "0.0.0.0"));
        bind.setId("webhooks-bind");
        bind.setConverter(ChoiceLabels.of(this::bindName));
        bind.valueProperty().bindBidirectional(model.bindAddress);
        // An address IT wrote into the settings file stays choosable.
        model.bindAddress.addListener((obs, was, now) -> {
            if (now != null && !bind.getItems().contains(now)) {
                bind.getItems().add(now);
            }
        });
        bind.disableProperty().bind(model.busy.or(model.listening));
        Label bindHint = FormLabels.muted(messages.get("webhooks.bind.hint"));

        TextField port = new TextField();
        port.setId("webhooks-port");
        port.setPrefColumnCount(6);
        port.setMaxWidth(Region.USE_PREF_SIZE);
        port.textProperty().bindBidirectional(model.port);
        port.disableProperty().bind(model.busy.or(model.listening));

        ToggleSwitch startWithApp = new ToggleSwitch(messages.get("webhooks.startWithApp.on"));
        startWithApp.setId("webhooks-start-with-app");
        startWithApp.setSelected(model.startWithApp.get());
        model.startWithApp.addListener((obs, was, now) -> startWithApp.setSelected(now));
        startWithApp.selectedProperty().addListener((obs, was, now) -> {
            if (now != model.startWithApp.get()) {
                controller.chooseStartWithApp(now);
            }
        });
        startWithApp.disableProperty().bind(model.busy);

        Label state = new Label();
        state.setId("webhooks-state");
        state.setWrapText(true);
        state.textProperty().bind(model.state);
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(model.failed.get()
                ? Feather.ALERT_TRIANGLE : model.listening.get() ? Feather.RADIO : Feather.PAUSE_CIRCLE),
                model.failed, model.listening));
        model.failed.addListener((obs, was, now) -> {
            state.getStyleClass().remove(Styles.DANGER);
            if (now) {
                state.getStyleClass().add(Styles.DANGER);
            }
        });

        GridPane grid = new CaptionGrid(16, 10);
        grid.addRow(0, FormLabels.caption(messages.get("webhooks.bindAddress")), bind);
        grid.add(bindHint, 1, 1);
        grid.addRow(2, FormLabels.caption(messages.get("webhooks.port")), port);
        grid.addRow(3, FormLabels.caption(messages.get("webhooks.startWithApp")), startWithApp);
        grid.addRow(4, FormLabels.caption(messages.get("webhooks.state")), state);
        return grid;
    }

    private Node buttons() {
        Button start = new Button(messages.get("webhooks.start"), new FontIcon(Feather.PLAY));
        start.setId("webhooks-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> controller.start());
        start.disableProperty().bind(model.busy.or(model.listening));
        Button stop = new Button(messages.get("webhooks.stop"), new FontIcon(Feather.SQUARE));
        stop.setId("webhooks-stop");
        stop.setOnAction(e -> controller.stop());
        stop.disableProperty().bind(model.busy.or(model.listening.not()));
        HBox bar = new HBox(8, start, stop);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node ready() {
        Label heading = new Label(messages.get("webhooks.ready.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox paths = new VBox(4);
        paths.setId("webhooks-paths");
        model.paths.addListener((ListChangeListener<String>) change -> paths.getChildren().setAll(
                model.paths.stream().map(text -> (Node) FormLabels.muted(text)).toList()));
        VBox lines = new VBox(4);
        lines.setId("webhooks-connections");
        model.connections.addListener((ListChangeListener<WebhooksModel.Line>) change -> lines.getChildren().setAll(
                model.connections.stream().map(WebhooksSection::line).toList()));
        return new VBox(8, heading, lines, paths);
    }

    /** Clover's one-time verification code with a Copy button, or how to have Clover send one. */
    private Node clover() {
        Label heading = new Label(messages.get("webhooks.clover.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField code = new TextField();
        code.setId("webhooks-clover-code");
        code.setEditable(false);
        code.setPrefColumnCount(28);
        code.setMaxWidth(Region.USE_PREF_SIZE);
        code.textProperty().bind(model.cloverCode);
        Button copy = new Button(messages.get("webhooks.clover.copy"), new FontIcon(Feather.COPY));
        copy.setId("webhooks-clover-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> controller.copyCloverCode());
        HBox received = new HBox(8, code, copy);
        received.setAlignment(Pos.CENTER_LEFT);
        received.visibleProperty().bind(model.cloverCode.isNotEmpty());
        received.managedProperty().bind(received.visibleProperty());
        Label hint = FormLabels.muted("");
        hint.setId("webhooks-clover-hint");
        hint.textProperty().bind(model.cloverHint);
        VBox clover = new VBox(8, heading, received, hint);
        clover.setId("webhooks-clover");
        clover.visibleProperty().bind(model.cloverShown);
        clover.managedProperty().bind(clover.visibleProperty());
        return clover;
    }

    private static Node line(WebhooksModel.Line line) {
        Label label = new Label(line.text(), new FontIcon(line.ready() ? Feather.CHECK_CIRCLE : Feather.ALERT_CIRCLE));
        label.setWrapText(true);
        label.getStyleClass().add(line.ready() ? Styles.SUCCESS : Styles.WARNING);
        return label;
    }

    private String bindName(String address) {
        return switch (address) {
            case WebhookSettings.LOOPBACK -> messages.get("webhooks.bind.loopback");
            case "0.0.0.0" -> messages.get("webhooks.bind.all");
            default -> address;
        };
    }
}
