package com.storedesk.ui.signin;

import com.storedesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A new database without accounts: who will administer it. */
final class FirstAdministratorView extends VBox {

    FirstAdministratorView(SignInModel model, Messages messages, SignInController controller) {
        setId("signin-first-admin");
        SignInParts.card(this, 480);
        Label explanation = new Label(messages.get("signin.firstAdmin.explanation"));
        explanation.setWrapText(true);
        TextField username = new TextField();
        username.setId("signin-admin-username");
        username.textProperty().bindBidirectional(model.username);
        TextField displayName = new TextField();
        displayName.setId("signin-admin-name");
        displayName.textProperty().bindBidirectional(model.displayName);
        PasswordField password = new PasswordField();
        password.setId("signin-admin-password");
        password.textProperty().bindBidirectional(model.secret);
        PasswordField confirmation = new PasswordField();
        confirmation.setId("signin-admin-confirm");
        confirmation.textProperty().bindBidirectional(model.confirmation);
        Label rule = new Label(messages.get("security.password.rule"));
        rule.getStyleClass().add("signin-caption");
        rule.setWrapText(true);
        Button create = new Button(messages.get("signin.firstAdmin.create"));
        create.setId("signin-admin-create");
        create.disableProperty().bind(model.busy.or(Bindings.createBooleanBinding(
                () -> model.username.get().isBlank() || model.displayName.get().isBlank()
                        || model.secret.get().isEmpty(),
                model.username, model.displayName, model.secret)));
        create.setOnAction(e -> controller.createAdministrator());
        getChildren().addAll(SignInParts.title(messages.get("signin.firstAdmin.title")), explanation,
                SignInParts.field(messages.get("signin.username"), username),
                SignInParts.field(messages.get("signin.firstAdmin.displayName"), displayName),
                SignInParts.field(messages.get("signin.password"), password), rule,
                SignInParts.field(messages.get("signin.firstAdmin.confirm"), confirmation),
                SignInParts.error(model, messages),
                SignInParts.submitLine(create, model, messages));
    }
}
