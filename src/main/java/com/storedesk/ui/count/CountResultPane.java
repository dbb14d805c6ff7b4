package com.storedesk.ui.count;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.inventory.count.CountLine;
import com.storedesk.inventory.count.CountResult;
import com.storedesk.inventory.count.CountTolerance;
import com.storedesk.ui.components.Section;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A finished count next to on hand: each product counted, expected, the difference and, in words
 * as well as colour, whether it was beyond the tolerance and so proposed as an adjustment; how many
 * adjustments went to the approval inbox; the codes the catalog did not know.
 */
final class CountResultPane {

    private final Messages messages;
    private final QuantityText quantities;
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final Label tolerance = new Label();
    private final GridPane lines = new GridPane();
    private final VBox unknown = new VBox(6);
    private final VBox root;

    CountResultPane(CountModel model, Messages messages, QuantityText quantities, CountController controller) {
        this.messages = messages;
        this.quantities = quantities;
        heading.setId("count-result-heading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        summary.setId("count-result-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        tolerance.setId("count-result-tolerance");
        tolerance.getStyleClass().add(Styles.TEXT_MUTED);
        tolerance.setWrapText(true);
        lines.setId("count-result-lines");
        lines.setHgap(16);
        lines.setVgap(10);
        unknown.setId("count-result-unknown");
        Button another = new Button(messages.get("count.another"), new FontIcon(Feather.CLIPBOARD));
        another.setId("count-another");
        another.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT);
        another.setMinWidth(Region.USE_PREF_SIZE);
        another.setOnAction(e -> controller.another());
        root = new VBox(16, heading, summary, new Section(messages.get("count.result.title"), tolerance, lines),
                unknown, another);
        root.visibleProperty().bind(model.result.isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        model.result.addListener((obs, was, now) -> show(now));
    }

    Node root() {
        return root;
    }

    private void show(CountResult result) {
        lines.getChildren().clear();
        lines.getColumnConstraints().clear();
        unknown.getChildren().clear();
        if (result == null) {
            return;
        }
        heading.setText(messages.get("count.result.heading", result.sheet().session().location()));
        summary.setText(result.proposed() == 0 ? messages.get("count.result.nothing")
                : messages.get("count.result.proposed", result.proposed(), result.awaitingApproval(),
                        result.approvedByPolicy()));
        CountTolerance used = result.tolerance();
        tolerance.setText(messages.get("count.result.tolerance", quantities.format(used.units()),
                quantities.format(used.percent())));
        ColumnConstraints product = new ColumnConstraints();
        product.setHgrow(Priority.ALWAYS);
        product.setMinWidth(160);
        lines.getColumnConstraints().addAll(product, number(), number(), number(), new ColumnConstraints());
        lines.addRow(0, header("count.result.product", HPos.LEFT), header("count.result.counted", HPos.RIGHT),
                header("count.result.expected", HPos.RIGHT), header("count.result.difference", HPos.RIGHT),
                header("count.result.outcome", HPos.LEFT));
        int row = 1;
        for (CountLine line : result.sheet().products()) {
            Label name = new Label(line.name() + " \u00b7 " + line.sku());
            name.setWrapText(true);
            lines.addRow(row++, name, right(quantities.format(line.quantity())),
                    right(quantities.format(line.expected())), right(signed(line)), outcome(line, result));
        }
        for (CountLine line : result.sheet().unknownCodes()) {
            Label label = new Label(messages.get("count.result.unknown", line.code(),
                    quantities.format(line.quantity())), new FontIcon(Feather.ALERT_TRIANGLE));
            label.getStyleClass().add(Styles.WARNING);
            label.setWrapText(true);
            unknown.getChildren().add(label);
        }
    }

    private Label header(String key, HPos alignment) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(label, alignment);
        return label;
    }

    private static ColumnConstraints number() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHalignment(HPos.RIGHT);
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static Label right(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    private String signed(CountLine line) {
        String text = quantities.format(line.difference().abs());
        return line.difference().signum() > 0 ? "+" + text : line.difference().signum() < 0 ? "\u2212" + text : text;
    }

    /** In words and with an icon, not colour alone: beyond the tolerance, within it, or exact. */
    private Node outcome(CountLine line, CountResult result) {
        boolean over = Boolean.TRUE.equals(line.overTolerance());
        boolean exact = line.difference().signum() == 0;
        String key = !over ? exact ? "count.result.exact" : "count.result.within"
                : result.awaitsApproval(line) ? "count.result.overWaiting" : "count.result.overApproved";
        Label label = new Label(messages.get(key), new FontIcon(over ? Feather.ALERT_CIRCLE : Feather.CHECK));
        label.setId("count-outcome-" + line.id());
        label.getStyleClass().add(over ? Styles.DANGER : Styles.SUCCESS);
        label.setWrapText(true);
        HBox box = new HBox(label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
