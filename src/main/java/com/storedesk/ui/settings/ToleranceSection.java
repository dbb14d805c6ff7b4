package com.storedesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out the count tolerance section: units, percent, save, and what happened. */
final class ToleranceSection {

    private final Messages messages;
    private final Section root;

    ToleranceSection(ToleranceModel model, Messages messages, ToleranceController controller) {
        this.messages = messages;
        TextField units = field("settings-tolerance-units", model);
        units.textProperty().bindBidirectional(model.units);
        TextField percent = field("settings-tolerance-percent", model);
        percent.textProperty().bindBidirectional(model.percent);

        Button save = new Button(messages.get("settings.tolerance.save"), new FontIcon(Feather.SAVE));
        save.setId("settings-tolerance-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busy);
        save.setOnAction(e -> controller.save());

        GridPane grid = new CaptionGrid(16, 12);
        grid.addRow(0, fieldLabel("settings.tolerance.units"), row(units, "settings.tolerance.unitsSuffix"));
        grid.addRow(1, fieldLabel("settings.tolerance.percent"), row(percent, "settings.tolerance.percentSuffix"));
        grid.add(save, 1, 2);

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("settings-tolerance-notice");
        ErrorMessage error = new ErrorMessage(messages.get("settings.error.title"), model.error);
        error.setId("settings-tolerance-error");
        root = new Section(messages.get("settings.tolerance.title"),
                FormLabels.muted(messages.get("settings.tolerance.explanation")), grid, saved, error);
        root.setId("settings-tolerance-section");
    }

    Node root() {
        return root;
    }

    private static TextField field(String id, ToleranceModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMaxWidth(120);
        field.disableProperty().bind(model.busy);
        return field;
    }

    private HBox row(TextField field, String suffixKey) {
        Label suffix = new Label(messages.get(suffixKey));
        suffix.setWrapText(true);
        HBox row = new HBox(8, field, suffix);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
