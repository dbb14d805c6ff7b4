package com.storedesk.ui.components;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A KPI card: caption, value, a note when the value is missing or incomplete, and its comparisons
 * coloured by whether they are good news. Updated in place, so a live refresh never rebuilds it.
 */
public final class KpiTile extends VBox {

    /** What one tile shows, already formatted. {@code good} is null for no colour. */
    public record Comparison(String caption, String change, Boolean good) {
    }

    /**
     * A tile's content. {@code note} is empty when there is nothing to say; {@code missing} says
     * {@code value} is the reason there is no number, shown smaller so it reads as an explanation.
     */
    public record Content(String value, boolean missing, String note, Comparison vsForecast, Comparison vsLastWeek) {
    }

    private final Label value = new Label();
    private final Label note = new Label();
    private final Label vsForecast = new Label();
    private final Label vsLastWeek = new Label();
    private final ObjectProperty<Content> content = new SimpleObjectProperty<>();

    public KpiTile(String id, String caption) {
        setId(id);
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        captionLabel.setWrapText(true);
        value.getStyleClass().add(Styles.TITLE_3);
        value.setWrapText(true);
        value.setId(id + "-value");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        note.setWrapText(true);
        note.setId(id + "-note");
        vsForecast.getStyleClass().add(Styles.TEXT_SMALL);
        vsForecast.setWrapText(true);
        vsForecast.setId(id + "-vs-forecast");
        vsLastWeek.getStyleClass().add(Styles.TEXT_SMALL);
        vsLastWeek.setWrapText(true);
        vsLastWeek.setId(id + "-vs-last-week");
        VBox comparisons = new VBox(2, vsForecast, vsLastWeek);
        getChildren().addAll(captionLabel, value, note, comparisons);
        getStyleClass().addAll("stat-tile", "kpi-tile");
        setSpacing(4);
        setMinWidth(170);
        setPrefWidth(0);
        HBox.setHgrow(this, javafx.scene.layout.Priority.ALWAYS);
        setMaxWidth(Double.MAX_VALUE);
        content.addListener((obs, old, now) -> show(now));
    }

    public ObjectProperty<Content> contentProperty() {
        return content;
    }

    private void show(Content shown) {
        if (shown == null) {
            return;
        }
        value.setText(shown.value());
        value.getStyleClass().removeAll(Styles.TITLE_3, Styles.TEXT_MUTED);
        value.getStyleClass().add(shown.missing() ? Styles.TEXT_MUTED : Styles.TITLE_3);
        note.setText(shown.note());
        note.setVisible(!shown.note().isEmpty());
        note.setManaged(!shown.note().isEmpty());
        comparison(vsForecast, shown.vsForecast());
        comparison(vsLastWeek, shown.vsLastWeek());
    }

    private static void comparison(Label label, Comparison comparison) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        boolean shown = comparison != null && !comparison.change().isEmpty();
        label.setText(shown ? comparison.change() + "  " + comparison.caption() : "");
        label.setVisible(shown);
        label.setManaged(shown);
        if (shown) {
            label.getStyleClass().add(comparison.good() == null ? Styles.TEXT_MUTED
                    : comparison.good() ? Styles.SUCCESS : Styles.DANGER);
        }
    }
}
