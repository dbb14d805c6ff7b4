package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The check: scan the current shelf left to right (scanner anywhere on the screen, typing, the webcam or photos),
 * go to the next shelf, finish; then the score per shelf and fixture and the list of what to do.
 */
final class CheckPane extends VBox {

    CheckPane(PlanogramModel model, Messages messages, PlanogramController controller,
            Supplier<List<Path>> choosePhotos, Node cameraPreview) {
        Label intro = new Label(messages.get("planogram.screen.check.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        // The camera's own line says how to scan; its picture needs the room.
        intro.visibleProperty().bind(Bindings.not(model.cameraOn));
        intro.managedProperty().bind(intro.visibleProperty());

        Label walk = new Label();
        walk.setId("planogram-walk");
        walk.textProperty().bind(model.walkStatus);
        walk.getStyleClass().add(Styles.TEXT_BOLD);
        walk.setWrapText(true);

        TextField code = new TextField();
        code.setId("planogram-code");
        code.setPromptText(messages.get("planogram.screen.check.code"));
        code.textProperty().bindBidirectional(model.typedCode);
        code.setOnAction(e -> controller.addTyped());
        HBox.setHgrow(code, Priority.ALWAYS);
        Button add = button("planogram-add-code", messages.get("planogram.screen.check.add"), Feather.PLUS);
        add.setOnAction(e -> controller.addTyped());
        HBox typing = new HBox(8, code, add);

        ListView<String> codes = new ListView<>(model.shelfCodes);
        codes.setId("planogram-shelf-codes");
        codes.setPrefHeight(110);
        codes.setMinHeight(80);

        Button next = button("planogram-next-shelf", messages.get("planogram.screen.check.next"),
                Feather.CHEVRONS_DOWN);
        next.disableProperty().bind(model.lastShelf.or(model.checked).or(model.busy));
        next.setOnAction(e -> controller.nextShelf());
        Button photos = button("planogram-photos", messages.get("planogram.screen.check.photos"), Feather.IMAGE);
        photos.disableProperty().bind(model.busy.or(model.checked));
        photos.setOnAction(e -> controller.addPhotos(choosePhotos.get()));
        Button finish = button("planogram-finish", messages.get("planogram.screen.check.finish"),
                Feather.CHECK_SQUARE);
        finish.getStyleClass().add(Styles.ACCENT);
        finish.disableProperty().bind(model.busy.or(model.checked).or(model.version.isNull()));
        finish.setOnAction(e -> controller.finishCheck());
        Button restart = button("planogram-restart", messages.get("planogram.screen.check.restart"),
                Feather.ROTATE_CCW);
        restart.disableProperty().bind(model.busy);
        restart.setOnAction(e -> controller.restartWalk());
        ToggleButton camera = new ToggleButton(messages.get("planogram.screen.check.camera"),
                new FontIcon(Feather.CAMERA));
        camera.setId("planogram-camera");
        camera.setMinWidth(Button.USE_PREF_SIZE);
        camera.selectedProperty().bindBidirectional(model.cameraOn);
        camera.disableProperty().bind(model.version.isNull());
        FlowPane actions = new FlowPane(8, 8, next, camera, photos, finish, restart);
        VBox preview = new VBox(cameraPreview);
        preview.setId("planogram-camera-pane");
        preview.visibleProperty().bind(model.cameraOn);
        preview.managedProperty().bind(model.cameraOn);

        Label score = new Label();
        score.setId("planogram-score");
        score.textProperty().bind(model.score);
        score.getStyleClass().add(Styles.TITLE_3);
        Label shelves = new Label();
        shelves.setId("planogram-shelf-scores");
        shelves.textProperty().bind(model.shelfScores);
        shelves.setWrapText(true);
        shelves.setMinHeight(Region.USE_PREF_SIZE);
        ListView<String> todo = new ListView<>(model.exceptions);
        todo.setId("planogram-exceptions");
        todo.setCellFactory(list -> new WrappingListCell());
        VBox.setVgrow(todo, Priority.ALWAYS);
        VBox result = new VBox(8, score, shelves, todo);
        result.visibleProperty().bind(model.checked);
        result.managedProperty().bind(model.checked);
        VBox.setVgrow(result, Priority.ALWAYS);
        VBox scanning = new VBox(8, walk, typing, codes);
        scanning.visibleProperty().bind(Bindings.not(model.checked));
        scanning.managedProperty().bind(scanning.visibleProperty());

        getChildren().addAll(intro, scanning, actions, preview, result);
        setSpacing(10);
        setPadding(new Insets(12, 4, 4, 4));
    }

    static Button button(String id, String text, Feather icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    /** Exceptions are sentences: they wrap to the list's width instead of ending in "...". */
    static final class WrappingListCell extends javafx.scene.control.ListCell<String> {

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item);
            label.setWrapText(true);
            label.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setText(null);
            setGraphic(label);
        }
    }
}
