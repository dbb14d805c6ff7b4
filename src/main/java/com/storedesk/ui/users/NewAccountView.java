package com.storedesk.ui.users;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.Section;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form for a new account: who, which role, the first password or PIN (typed twice, with its rule
 * in words) and the stores. The service has the last word on every field.
 */
final class NewAccountView {

    private final UsersModel model;
    private final Messages messages;
    private final UserTexts texts;
    private final Section root;

    NewAccountView(UsersModel model, Messages messages, UserTexts texts, UsersController controller) {
        this.model = model;
        this.messages = messages;
        this.texts = texts;
        VBox who = new VBox(8, fields(controller), rule());
        Label storesCaption = new Label(messages.get("users.stores.caption"));
        storesCaption.getStyleClass().add(Styles.TEXT_BOLD);
        VBox stores = new VBox(8, storesCaption, new StorePicker(model.newScope, model.stores, messages, "users-new-store"));
        for (VBox column : new VBox[] {who, stores}) {
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        root = new Section(messages.get("users.new.title"), new HBox(32, who, stores), buttons(controller));
        root.setId("users-new");
        root.visibleProperty().bind(model.adding);
        root.managedProperty().bind(root.visibleProperty());
    }

    Region root() {
        return root;
    }

    private Node fields(UsersController controller) {
        TextField username = new TextField();
        username.setId("users-new-username");
        username.textProperty().bindBidirectional(model.newUsername);
        TextField name = new TextField();
        name.setId("users-new-name");
        name.textProperty().bindBidirectional(model.newName);
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(List.of(Role.values())));
        role.setId("users-new-role");
        role.setConverter(ChoiceLabels.of(texts::role));
        role.valueProperty().bindBidirectional(model.newScope.role);
        PasswordField secret = new PasswordField();
        secret.setId("users-new-secret");
        secret.textProperty().bindBidirectional(model.newSecret);
        PasswordField confirm = new PasswordField();
        confirm.setId("users-new-confirm");
        confirm.textProperty().bindBidirectional(model.newConfirm);
        confirm.setOnAction(e -> controller.create());
        Label secretCaption = new Label();
        secretCaption.textProperty().bind(Bindings.createStringBinding(
                () -> texts.secretCaption(model.newScope.role.get(), true), model.newScope.role));
        CaptionGrid grid = new CaptionGrid(12, 8);
        grid.addRow(0, new Label(messages.get("users.column.username")), wide(username));
        grid.addRow(1, new Label(messages.get("users.column.name")), wide(name));
        grid.addRow(2, new Label(messages.get("users.column.role")), wide(role));
        grid.addRow(3, secretCaption, wide(secret));
        grid.addRow(4, new Label(messages.get("users.confirm")), wide(confirm));
        return grid;
    }

    /** The rule of the password or PIN the chosen role signs in with, in words. */
    private Node rule() {
        Label rule = new Label();
        rule.setId("users-new-rule");
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        rule.setWrapText(true);
        rule.textProperty().bind(Bindings.createStringBinding(() -> texts.secretRule(model.newScope.role.get()),
                model.newScope.role));
        return rule;
    }

    private Node buttons(UsersController controller) {
        Button create = new Button(messages.get("users.new.create"), new FontIcon(Feather.USER_PLUS));
        create.setId("users-new-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(model.busy.or(Bindings.createBooleanBinding(
                () -> model.newUsername.get().isBlank() || model.newName.get().isBlank()
                        || model.newSecret.get().isEmpty(),
                model.newUsername, model.newName, model.newSecret)));
        create.setOnAction(e -> controller.create());
        Button cancel = new Button(messages.get("users.new.cancel"));
        cancel.setId("users-new-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> controller.cancelAdding());
        HBox buttons = new HBox(8, create, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private static <C extends Control> C wide(C control) {
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }
}
