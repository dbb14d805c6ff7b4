package com.storedesk.ui.signin;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every sign-in form shares: a card, labelled fields, the busy line and the failure notice. */
final class SignInParts {

    private SignInParts() {
    }

    /** A centred card of at most {@code maxWidth}, as high as its content. */
    static void card(VBox card, double maxWidth) {
        card.getStyleClass().add("signin-card");
        card.setSpacing(14);
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
    }

    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        return title;
    }

    /** A label above its control, the label naming the control for screen readers. */
    static VBox field(String label, Node control) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.getStyleClass().add("signin-caption");
        return new VBox(4, caption, control);
    }

    /** The failure notice, shown while the model holds a message. */
    static ErrorMessage error(SignInModel model, Messages messages) {
        ErrorMessage error = new ErrorMessage(messages.get("signin.failed.title"), model.error);
        error.setId("signin-error");
        return error;
    }

    /** The main button, with a spinner and "Checking…" beside it while the secret is being checked. */
    static HBox submitLine(Button submit, SignInModel model, Messages messages) {
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label busy = new Label(messages.get("signin.busy"), spinner);
        busy.setId("signin-busy");
        busy.visibleProperty().bind(model.busy);
        busy.managedProperty().bind(busy.visibleProperty());
        HBox line = new HBox(12, submit, busy);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
