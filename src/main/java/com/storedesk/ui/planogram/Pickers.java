package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.store.FixtureSummary;
import com.storedesk.ui.components.FormLabels;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Which store, fixture and version the screen shows; "unsaved changes" while a manager edits. */
final class Pickers extends HBox {

    Pickers(PlanogramModel model, Messages messages, PlanogramTexts texts) {
        Label unsaved = new Label(messages.get("planogram.screen.unsaved"));
        unsaved.setId("planogram-unsaved");
        unsaved.getStyleClass().add(Styles.WARNING);
        unsaved.visibleProperty().bind(model.dirty);
        unsaved.managedProperty().bind(model.dirty);
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(
                FormLabels.caption(messages.get("planogram.screen.store")),
                combo("planogram-store", model.stores, model.store, s -> s.code() + " " + s.name(), 240, model),
                FormLabels.caption(messages.get("planogram.screen.fixture")),
                combo("planogram-fixture", model.fixtures, model.fixture, FixtureSummary::fixture, 230, model),
                FormLabels.caption(messages.get("planogram.screen.version")),
                combo("planogram-version", model.versions, model.version, texts::version, 300, model),
                unsaved);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
    }

    private static <T> ComboBox<T> combo(String id, ObservableList<T> items, ObjectProperty<T> value,
            Function<T, String> text, double width, PlanogramModel model) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(value);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        combo.setPrefWidth(width);
        combo.setMinWidth(Region.USE_PREF_SIZE);
        combo.disableProperty().bind(model.busy.or(model.dirty));
        return combo;
    }

}
