package com.storedesk.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out the scanning camera section: the camera, the beep, and what was found. */
final class CameraSection {

    private final CameraSettingsModel model;
    private final Messages messages;
    private final Section root;

    CameraSection(CameraSettingsModel model, Messages messages, CameraSettingsController controller) {
        this.model = model;
        this.messages = messages;
        ComboBox<String> camera = new ComboBox<>(model.cameras);
        camera.setId("settings-camera");
        camera.setConverter(ChoiceLabels.of(name -> name == null || name.isEmpty()
                ? messages.get("settings.camera.automatic") : name));
        camera.valueProperty().bindBidirectional(model.chosen);
        camera.setMaxWidth(Double.MAX_VALUE);
        Button again = new Button(messages.get("settings.camera.listAgain"), new FontIcon(Feather.REFRESH_CW));
        again.setId("settings-camera-list");
        again.disableProperty().bind(model.listing);
        again.setOnAction(e -> controller.list());
        HBox cameraRow = new HBox(8, camera, again);
        cameraRow.setAlignment(Pos.CENTER_LEFT);

        Label found = new Label();
        found.setId("settings-camera-found");
        found.setWrapText(true);
        found.textProperty().bind(model.found);
        model.noCamera.addListener((obs, was, now) -> {
            found.getStyleClass().remove(Styles.WARNING);
            if (now) {
                found.getStyleClass().add(Styles.WARNING);
            }
        });

        ToggleSwitch sound = new ToggleSwitch();
        sound.setId("settings-camera-sound");
        sound.selectedProperty().bindBidirectional(model.sound);

        camera.setOnAction(e -> controller.choose(model.chosen.get(), model.sound.get()));
        sound.selectedProperty().addListener((obs, was, now) -> controller.choose(model.chosen.get(), now));

        GridPane grid = new CaptionGrid(16, 12);
        grid.addRow(0, fieldLabel("settings.camera.camera"), cameraRow);
        grid.add(found, 1, 1);
        grid.addRow(2, fieldLabel("settings.camera.sound"), sound);

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("settings-camera-notice");
        ErrorMessage error = new ErrorMessage(messages.get("settings.error.title"), model.error);
        error.setId("settings-camera-error");
        root = new Section(messages.get("settings.camera.title"),
                FormLabels.muted(messages.get("settings.camera.explanation")), grid, saved, error);
        root.setId("settings-camera-section");
    }

    Node root() {
        return root;
    }

    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
