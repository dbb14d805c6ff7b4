package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** A manager's changes to the shown version: the selected position's SKU, GTIN and facings, add, remove, save. */
final class EditPane extends VBox {

    EditPane(PlanogramModel model, Messages messages, PlanogramController controller) {
        Label intro = new Label(messages.get("planogram.screen.edit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("planogram.screen.column.sku")),
                field("planogram-edit-sku", model.editSku));
        form.addRow(1, new Label(messages.get("planogram.screen.column.gtin")),
                field("planogram-edit-gtin", model.editGtin));
        form.addRow(2, new Label(messages.get("planogram.screen.column.facings")),
                field("planogram-edit-facings", model.editFacings));

        var noRow = model.selected.isNull().or(model.busy);
        Button apply = CheckPane.button("planogram-edit-apply", messages.get("planogram.screen.edit.apply"),
                Feather.CHECK);
        apply.disableProperty().bind(noRow);
        apply.setOnAction(e -> controller.applyEdit());
        Button add = CheckPane.button("planogram-edit-add", messages.get("planogram.screen.edit.add"), Feather.PLUS);
        add.disableProperty().bind(noRow);
        add.setOnAction(e -> controller.addAfter());
        Button remove = CheckPane.button("planogram-edit-remove", messages.get("planogram.screen.edit.remove"),
                Feather.TRASH_2);
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(noRow);
        remove.setOnAction(e -> controller.removeSelected());
        Button save = CheckPane.button("planogram-edit-save", messages.get("planogram.screen.edit.save"),
                Feather.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(Bindings.not(model.dirty).or(model.busy));
        save.setOnAction(e -> controller.saveEdits());
        Button discard = CheckPane.button("planogram-edit-discard", messages.get("planogram.screen.edit.discard"),
                Feather.X);
        discard.disableProperty().bind(Bindings.not(model.dirty).or(model.busy));
        discard.setOnAction(e -> controller.discardEdits());

        getChildren().addAll(intro, form, new FlowPane(8, 8, apply, add, remove), new FlowPane(8, 8, save, discard));
        setSpacing(12);
        setPadding(new Insets(12, 4, 4, 4));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
