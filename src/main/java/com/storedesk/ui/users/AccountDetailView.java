package com.storedesk.ui.users;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.ui.components.Section;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected account: who it is and whether it can sign in; a new password or PIN; unlock,
 * disable or enable; and its stores. Hidden while the new account's form is open.
 */
final class AccountDetailView {

    private final UsersModel model;
    private final Messages messages;
    private final UserTexts texts;
    private final Section root;

    AccountDetailView(UsersModel model, Messages messages, UserTexts texts, UsersController controller) {
        this.model = model;
        this.messages = messages;
        this.texts = texts;
        Label heading = new Label();
        heading.setId("users-detail-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.textProperty().bind(selectedText(row -> messages.get("users.detail.heading",
                row.account().displayName(), row.username(), row.role())));
        Label status = new Label();
        status.setId("users-detail-status");
        status.setWrapText(true);
        status.textProperty().bind(selectedText(row -> row.account().failedAttempts() > 0 && !row.locked()
                ? messages.get("users.detail.statusFailures", row.status(), row.account().failedAttempts())
                : row.status()));
        VBox who = new VBox(4, heading, status);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox top = new HBox(12, who, access(controller));
        top.setAlignment(Pos.CENTER_LEFT);

        VBox secret = secret(controller);
        VBox stores = stores(controller);
        for (VBox column : new VBox[] {secret, stores}) {
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        VBox shown = new VBox(16, top, new HBox(32, secret, stores));
        shown.visibleProperty().bind(model.selected.isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        Label none = new Label(messages.get("users.detail.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        none.visibleProperty().bind(model.selected.isNull());
        none.managedProperty().bind(none.visibleProperty());
        root = new Section(messages.get("users.detail.title"), none, shown);
        root.setId("users-detail");
        root.visibleProperty().bind(model.adding.not());
        root.managedProperty().bind(root.visibleProperty());
    }

    Region root() {
        return root;
    }

    /** Unlock (only while locked) and disable or enable; the service refuses to disable the caller. */
    private Node access(UsersController controller) {
        Button unlock = button("users-unlock", messages.get("users.unlock"), Feather.UNLOCK, Styles.ACCENT);
        unlock.disableProperty().bind(model.busy.or(Bindings.createBooleanBinding(
                () -> model.selected.get() == null || !model.selected.get().locked(), model.selected)));
        unlock.setOnAction(e -> controller.unlock());
        Button disable = button("users-disable", "", Feather.SLASH, Styles.DANGER);
        disable.textProperty().bind(selectedText(row -> messages.get(row.account().disabled()
                ? "users.enable" : "users.disable")));
        // Red only for what takes access away; enabling again is an ordinary button.
        model.selected.addListener((obs, old, now) -> {
            disable.getStyleClass().remove(Styles.DANGER);
            if (now == null || !now.account().disabled()) {
                disable.getStyleClass().add(Styles.DANGER);
            }
        });
        disable.disableProperty().bind(model.busy.or(model.selected.isNull()));
        disable.setOnAction(e -> controller.toggleDisabled());
        HBox access = new HBox(8, unlock, disable);
        access.setAlignment(Pos.CENTER_RIGHT);
        access.setMinWidth(Region.USE_PREF_SIZE);
        return access;
    }

    private VBox secret(UsersController controller) {
        PasswordField secret = new PasswordField();
        secret.setId("users-reset-secret");
        secret.textProperty().bindBidirectional(model.resetSecret);
        PasswordField confirm = new PasswordField();
        confirm.setId("users-reset-confirm");
        confirm.setPromptText(messages.get("users.confirm"));
        confirm.textProperty().bindBidirectional(model.resetConfirm);
        confirm.setOnAction(e -> controller.resetSecret());
        Label rule = new Label();
        rule.setId("users-reset-rule");
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        rule.setWrapText(true);
        rule.textProperty().bind(selectedText(row -> texts.secretRule(row.account().role())));
        Button reset = button("users-reset", "", Feather.KEY, Styles.ACCENT);
        reset.textProperty().bind(selectedText(row -> messages.get(UserTexts.usesPin(row.account().role())
                ? "users.reset.pinButton" : "users.reset.passwordButton")));
        reset.disableProperty().bind(model.busy.or(model.resetSecret.isEmpty()));
        reset.setOnAction(e -> controller.resetSecret());
        HBox fields = new HBox(8, secret, confirm);
        fields.getChildren().forEach(field -> HBox.setHgrow(field, Priority.ALWAYS));
        return new VBox(8, caption(selectedText(row -> texts.secretCaption(row.account().role(), false))), fields,
                rule, reset);
    }

    private VBox stores(UsersController controller) {
        StorePicker picker = new StorePicker(model.selectedScope, model.stores, messages, "users-detail-store");
        Button save = button("users-save-stores", messages.get("users.stores.save"), Feather.SAVE, Styles.ACCENT);
        BooleanBinding administrator = model.selectedScope.role.isEqualTo(Role.ADMINISTRATOR);
        save.disableProperty().bind(model.busy.or(model.selected.isNull()).or(administrator));
        save.setOnAction(e -> controller.saveStores());
        Label caption = new Label(messages.get("users.stores.caption"));
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(8, caption, picker, save);
    }

    private ObservableValue<String> selectedText(Function<UsersModel.Row, String> text) {
        return Bindings.createStringBinding(() -> model.selected.get() == null ? "" : text.apply(model.selected.get()),
                model.selected);
    }

    private static Label caption(ObservableValue<String> text) {
        Label caption = new Label();
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        caption.textProperty().bind(text);
        return caption;
    }

    private static Button button(String id, String text, Feather icon, String style) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(style);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
