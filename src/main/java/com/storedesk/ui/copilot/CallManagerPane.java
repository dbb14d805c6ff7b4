package com.storedesk.ui.copilot;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.storedesk.actions.ActionChange;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.copilot.CallManagerModel.State;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
        reason.setPromptText(messages.get("copilot.help.reason"));
        reason.textProperty().bindBidirectional(model.reason);
        // One line, as long as the inbox keeps it.
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= ActionChange.AssistanceRequest.REASON_LENGTH ? change : null));
        reason.setOnAction(e -> manager.call());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button call = new Button(messages.get("copilot.help.call"), new FontIcon(Feather.USER_CHECK));
        call.setId("copilot-call-manager");
        call.getStyleClass().addAll(Styles.LARGE, Styles.WARNING, "call-manager");
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

    /** Green once a manager answered, in the accent colour while waiting, amber when no one comes. */
    private Node state() {
        Message message = new Message(null, null, new FontIcon(Feather.BELL));
        message.setId("copilot-help-state");
        message.titleProperty().bind(Bindings.createStringBinding(() -> model.state.get() == null ? ""
                : messages.get(switch (model.state.get()) {
                    case ASKED, ALREADY_ASKED -> "copilot.help.title.waiting";
                    case ON_THE_WAY -> "copilot.help.title.answered";
                    case DECLINED, EXPIRED -> "copilot.help.title.noOne";
                }), model.state));
        message.descriptionProperty().bind(model.stateText);
        model.state.addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(Styles.ACCENT, Styles.SUCCESS, Styles.WARNING);
            if (now != null) {
                message.getStyleClass().add(now.waiting() ? Styles.ACCENT : now == State.ON_THE_WAY ? Styles.SUCCESS
                        : Styles.WARNING);
            }
        });
        message.visibleProperty().bind(model.state.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
