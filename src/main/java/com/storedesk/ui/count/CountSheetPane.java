package com.storedesk.ui.count;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.inventory.count.CountLine;
import com.storedesk.inventory.count.CountSheet;
import com.storedesk.ui.components.Section;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The count being made: the entry row (code and quantity, and the webcam's toggle with its picture
 * below while on), what the last scan did, the products
 * counted as large rows with one fewer, one more and remove, the codes the catalog did not know
 * set apart, and Finish. Rebuilt from each saved sheet.
 */
final class CountSheetPane {

    private final CountModel model;
    private final Messages messages;
    private final QuantityText quantities;
    private final CountController controller;
    private final TextField code = new TextField();
    private final Label heading = new Label();
    private final VBox products = new VBox(8);
    private final VBox unknown = new VBox(8);
    private final Section unknownSection;
    private final Label empty;
    private final VBox root;

    /** {@code cameraPreview}: the webcam's picture and state, shown while the camera is on. */
    CountSheetPane(CountModel model, Messages messages, QuantityText quantities, CountController controller,
            Node cameraPreview) {
        this.model = model;
        this.messages = messages;
        this.quantities = quantities;
        this.controller = controller;
        heading.setId("count-heading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        products.setId("count-lines");
        unknown.setId("count-unknown");
        empty = CountView.muted(messages.get("count.lines.empty"));
        unknownSection = new Section(messages.get("count.unknown.title"),
                CountView.muted(messages.get("count.unknown.hint")), unknown);
        unknownSection.getStyleClass().add(Styles.WARNING);
        VBox camera = new VBox(cameraPreview);
        camera.setId("count-camera-pane");
        camera.visibleProperty().bind(model.cameraOn);
        camera.managedProperty().bind(model.cameraOn);
        root = new VBox(16, heading, entry(), camera, note(),
                new Section(messages.get("count.lines.title"), empty, products), unknownSection, actions());
        root.visibleProperty().bind(model.sheet.isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        model.sheet.addListener((obs, was, now) -> show(now));
    }

    Node root() {
        return root;
    }

    void focusCode() {
        code.requestFocus();
    }

    private Node entry() {
        code.setId("count-code");
        code.setPromptText(messages.get("count.code.prompt"));
        code.textProperty().bindBidirectional(model.code);
        code.getStyleClass().add(Styles.LARGE);
        code.setOnAction(e -> controller.enter());
        HBox.setHgrow(code, Priority.ALWAYS);
        TextField quantity = new TextField();
        quantity.setId("count-quantity");
        quantity.setPromptText(messages.get("count.quantity.prompt"));
        quantity.textProperty().bindBidirectional(model.quantity);
        quantity.getStyleClass().add(Styles.LARGE);
        quantity.setPrefColumnCount(6);
        quantity.setOnAction(e -> controller.enter());
        Button add = button("count.enter", Feather.PLUS, "count-enter", controller::enter);
        add.getStyleClass().add(Styles.ACCENT);
        ToggleButton camera = new ToggleButton(messages.get("count.camera"), new FontIcon(Feather.CAMERA));
        camera.setId("count-camera");
        camera.getStyleClass().add(Styles.LARGE);
        camera.setMinWidth(Region.USE_PREF_SIZE);
        camera.selectedProperty().bindBidirectional(model.cameraOn);
        HBox row = new HBox(12, code, quantity, add, camera);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, CountView.muted(messages.get("count.entry.hint")));
    }

    private Node note() {
        Label note = new Label();
        note.setId("count-note");
        note.setWrapText(true);
        note.textProperty().bind(model.note);
        note.visibleProperty().bind(model.note.isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        note.setGraphic(new FontIcon(Feather.CHECK));
        model.noteWarns.addListener((obs, was, warns) -> {
            note.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            note.getStyleClass().add(warns ? Styles.WARNING : Styles.SUCCESS);
            note.setGraphic(new FontIcon(warns ? Feather.ALERT_TRIANGLE : Feather.CHECK));
        });
        note.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLD);
        return note;
    }

    private Node actions() {
        Button finish = button("count.finish", Feather.CHECK_SQUARE, "count-finish", controller::finish);
        finish.getStyleClass().add(Styles.SUCCESS);
        HBox row = new HBox(12, finish, button("count.pause", Feather.PAUSE, "count-pause", controller::pause));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A large button with its label and icon, off while a change is being saved. */
    private Button button(String key, Feather icon, String id, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.LARGE);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.busy);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void show(CountSheet sheet) {
        products.getChildren().clear();
        unknown.getChildren().clear();
        if (sheet == null) {
            return;
        }
        heading.setText(messages.get("count.heading", sheet.session().location()));
        for (CountLine line : sheet.products()) {
            products.getChildren().add(row(line, line.name(), line.sku()));
        }
        for (CountLine line : sheet.unknownCodes()) {
            unknown.getChildren().add(row(line, line.code(), messages.get("count.unknown.line")));
        }
        empty.setVisible(sheet.lines().isEmpty());
        empty.setManaged(empty.isVisible());
        unknownSection.setVisible(!sheet.unknownCodes().isEmpty());
        unknownSection.setManaged(unknownSection.isVisible());
    }

    /** A line as a large row: what it is, how many, and one fewer, one more, remove. */
    private Node row(CountLine line, String title, String detail) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setWrapText(true);
        VBox text = new VBox(2, name, CountView.muted(detail));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Label quantity = new Label(quantities.format(line.quantity()));
        quantity.setId("count-quantity-" + line.id());
        quantity.getStyleClass().add(Styles.TITLE_3);
        quantity.setMinWidth(Region.USE_PREF_SIZE);
        Button fewer = iconButton(Feather.MINUS, messages.get("count.line.fewer", title), "count-fewer-" + line.id(),
                line.quantity().signum() == 0);
        fewer.setOnAction(e -> controller.step(line, -1));
        Button more = iconButton(Feather.PLUS, messages.get("count.line.more", title), "count-more-" + line.id(),
                false);
        more.setOnAction(e -> controller.step(line, 1));
        Button remove = iconButton(Feather.TRASH_2, messages.get("count.line.remove", title),
                "count-remove-" + line.id(), false);
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> controller.remove(line));
        HBox row = new HBox(12, text, quantity, fewer, more, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.BG_SUBTLE);
        row.setStyle("-fx-padding: 8 12 8 12; -fx-background-radius: 8;");
        row.setMinHeight(64);
        return row;
    }

    private Button iconButton(Feather icon, String description, String id, boolean disabled) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.LARGE);
        button.setMinSize(48, 48);
        button.setAccessibleText(description);
        button.setTooltip(new javafx.scene.control.Tooltip(description));
        button.disableProperty().bind(model.busy.or(new javafx.beans.property.SimpleBooleanProperty(disabled)));
        return button;
    }
}
