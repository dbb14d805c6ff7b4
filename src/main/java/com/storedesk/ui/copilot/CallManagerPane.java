package com.storedesk.ui.copilot;

import atlantafx.base.theme.Styles;
import com.storedesk.actions.ActionChange;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.copilot.CallManagerModel.State;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Call a manager" row under the copilot's answer: an optional line for the manager and a large
 * button (a kiosk makes it larger still), then where the request stands or why it could not be made.
 */
final class CallManagerPane {

    private final CallManagerModel model;
    private final Messages messages;
    private final Node root;

    CallManagerPane(CallManager manager, Messages messages) {
        this.model = manager.model();
        this.messages = messages;
        TextField reason = new TextField();
        reason.setId("copilot-help-reason");
        reason.getStyleClass().add(Styles.LARGE);
        reason.setPromptText(messages.get("copilot.help.reason"));
        reason.textProperty().bindBidirectional(model.reason);
        // One line, as long as the inbox keeps it.
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= ActionChange.AssistanceRequest.REASON_LENGTH ? change : null));
        reason.setOnAction(e -> manager.call());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button call = new Button(messages.get("copilot.help.call"), new FontIcon(Feather.USER_CHECK));
        call.setId("copilot-call-manager");
        call.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT, Styles.BUTTON_OUTLINED, "call-manager");
        call.setMinWidth(Region.USE_PREF_SIZE);
        call.setOnAction(e -> manager.call());
        call.disableProperty().bind(model.calling);
        HBox row = new HBox(12, reason, call);
        row.setAlignment(Pos.CENTER_LEFT);

        ErrorMessage error = new ErrorMessage(messages.get("copilot.help.error.title"), model.error);
        error.setId("copilot-help-error");
        root = new VBox(12, row, state(), error);
        root.setId("copilot-help");
    }

    Node root() {
        return root;
    }

    /** In the accent colour while waiting, green once a manager answered, amber when no one comes. */
    private Node state() {
        Label title = new Label();
        title.setId("copilot-help-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.state.get() == null ? ""
                : messages.get(switch (model.state.get()) {
                    case ASKED, ALREADY_ASKED -> "copilot.help.title.waiting";
                    case ON_THE_WAY -> "copilot.help.title.answered";
                    case DECLINED, EXPIRED -> "copilot.help.title.noOne";
                }), model.state));
        Label text = new Label();
        text.setId("copilot-help-text");
        text.setWrapText(true);
        text.textProperty().bind(model.stateText);
        FontIcon icon = new FontIcon(Feather.BELL);
        HBox box = new HBox(12, icon, new VBox(4, title, text));
        box.setId("copilot-help-state");
        box.getStyleClass().add("call-manager-state");
        model.state.addListener((obs, was, now) -> {
            box.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            icon.setIconCode(now == State.ON_THE_WAY ? Feather.CHECK_CIRCLE : now != null && !now.waiting()
                    ? Feather.ALERT_TRIANGLE : Feather.BELL);
            if (now == State.ON_THE_WAY) {
                box.getStyleClass().add(Styles.SUCCESS);
            } else if (now != null && !now.waiting()) {
                box.getStyleClass().add(Styles.WARNING);
            }
        });
        box.visibleProperty().bind(model.state.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
