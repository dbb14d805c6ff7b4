package com.storedesk.ui.signin;

import com.storedesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Username and password, for managers and administrators. */
final class PasswordSignInView extends VBox {

    PasswordSignInView(SignInModel model, Messages messages, SignInController controller) {
        setId("signin-password-form");
        SignInParts.card(this, 420);
        TextField username = new TextField();
        username.setId("signin-username");
        username.textProperty().bindBidirectional(model.username);
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.secret);
        Button submit = new Button(messages.get("signin.submit"));
        submit.setId("signin-submit");
        submit.disableProperty().bind(model.busy.or(Bindings.createBooleanBinding(
                () -> model.username.get().isBlank() || model.secret.get().isEmpty(), model.username, model.secret)));
        submit.setOnAction(e -> controller.signIn());
        username.disableProperty().bind(model.busy);
        password.disableProperty().bind(model.busy);
        getChildren().addAll(SignInParts.title(messages.get("signin.title")),
                SignInParts.field(messages.get("signin.username"), username),
                SignInParts.field(messages.get("signin.password"), password),
                SignInParts.error(model, messages),
                SignInParts.submitLine(submit, model, messages));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                username.requestFocus();
            }
        });
    }
}
