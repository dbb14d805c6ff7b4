package com.storedesk.ui.signin;

import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.security.KioskUser;
import com.storedesk.ui.components.ChoiceLabels;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** On a kiosk: the store's associates to tap, and a keypad for the PIN. */
final class KioskSignInView extends VBox {

    private final SignInModel model;
    private final SignInController controller;
    private final VBox names = new VBox(8);
    private final ToggleGroup group = new ToggleGroup();

    KioskSignInView(SignInModel model, Messages messages, SignInController controller) {
        this.model = model;
        this.controller = controller;
        setId("signin-kiosk");
        SignInParts.card(this, 760);

        ComboBox<StoreSummary> store = new ComboBox<>(model.stores);
        store.setId("signin-kiosk-store");
        store.valueProperty().bindBidirectional(model.store);
        store.setConverter(ChoiceLabels.of(StoreSummary::name));
        store.setMaxWidth(Double.MAX_VALUE);

        Label none = new Label(messages.get("signin.kiosk.none"));
        none.setId("signin-kiosk-none");
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(model.associates));
        none.managedProperty().bind(none.visibleProperty());
        names.setId("signin-kiosk-names");
        model.associates.addListener((ListChangeListener<KioskUser>) change -> showNames());
        showNames();
        ScrollPane scroll = new ScrollPane(names);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(PinPad.KEY_SIZE * 4 + 30);
        VBox people = new VBox(8, SignInParts.field(messages.get("signin.kiosk.pick"), scroll), none);
        HBox.setHgrow(people, Priority.ALWAYS);

        Label whose = new Label();
        whose.setId("signin-pin-for");
        whose.textProperty().bind(Bindings.createStringBinding(() -> model.associate.get() == null ? ""
                : messages.get("signin.kiosk.pin", model.associate.get().displayName()), model.associate));
        PasswordField pin = new PasswordField();
        pin.setId("signin-pin");
        pin.setEditable(false);
        pin.setFocusTraversable(false);
        pin.textProperty().bindBidirectional(model.secret);
        PinPad pad = new PinPad(model.secret, messages);
        Button submit = new Button(messages.get("signin.submit"));
        submit.setId("signin-pin-submit");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busy.or(model.associate.isNull()).or(model.secret.isEmpty()));
        submit.setOnAction(e -> controller.signInWithPin());
        HBox submitLine = SignInParts.submitLine(submit, model, messages);
        HBox.setHgrow(submit, Priority.ALWAYS);
        submit.setPrefHeight(PinPad.KEY_SIZE * 0.75);
        VBox keypad = new VBox(10, whose, pin, pad, submitLine);
        keypad.disableProperty().bind(model.associate.isNull());
        keypad.setFillWidth(true);

        HBox columns = new HBox(24, people, keypad);
        columns.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(SignInParts.title(messages.get("signin.kiosk.title")),
                SignInParts.field(messages.get("signin.kiosk.store"), store), columns,
                SignInParts.error(model, messages));
    }

    private void showNames() {
        names.getChildren().clear();
        for (KioskUser associate : model.associates) {
            ToggleButton name = new ToggleButton(associate.displayName());
            // Usernames may hold dots, which a CSS id selector would read as a class.
            name.setId("signin-associate-" + associate.username().replaceAll("[^A-Za-z0-9_-]", "-"));
            name.setToggleGroup(group);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setSelected(associate.equals(model.associate.get()));
            name.setOnAction(e -> {
                name.setSelected(true);
                controller.pickAssociate(associate);
            });
            names.getChildren().add(name);
        }
    }
}
