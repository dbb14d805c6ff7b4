package com.storedesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.Measure;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The approval policy as rows that read like sentences: "Discount — percentage — over 15 % —
 * store manager". Rows are redrawn only when one is added or removed, so typing keeps its focus.
 */
final class PolicySection {

    private final SettingsModel model;
    private final Messages messages;
    private final SettingsController controller;
    private final GridPane rows = new GridPane();

    PolicySection(SettingsModel model, Messages messages, SettingsController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
    }

    Node build() {
        Label explanation = new Label(messages.get("settings.policy.explanation"));
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.setWrapText(true);

        rows.setId("settings-policy-rules");
        rows.setHgap(12);
        rows.setVgap(8);
        model.policy.rules.addListener((ListChangeListener<DraftRule>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                drawRows();
            }
        });
        drawRows();

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.policyNotice);
        saved.setId("settings-policy-notice");
        ErrorMessage error = new ErrorMessage(messages.get("settings.policy.error.title"), model.policyError);
        error.setId("settings-policy-error");

        Section section = new Section(messages.get("settings.policy"), explanation, rows, buttons(), saved, error);
        section.setId("settings-policy");
        return section;
    }

    private Node buttons() {
        Button add = new Button(messages.get("settings.policy.add"), new FontIcon(Feather.PLUS));
        add.setId("settings-policy-add");
        add.setOnAction(e -> model.policy.add());
        Button defaults = new Button(messages.get("settings.policy.defaults"));
        defaults.setId("settings-policy-defaults");
        defaults.setOnAction(e -> controller.restoreDefaultPolicy());
        Button discard = new Button(messages.get("settings.policy.discard"));
        discard.setId("settings-policy-discard");
        discard.setOnAction(e -> controller.reloadPolicy());
        Button save = new Button(messages.get("settings.policy.save"), new FontIcon(Feather.SAVE));
        save.setId("settings-policy-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> controller.savePolicy());

        add.disableProperty().bind(model.policyBusy);
        defaults.disableProperty().bind(model.policyBusy);
        discard.disableProperty().bind(model.policyBusy.or(model.policy.edited.not()));
        save.disableProperty().bind(model.policyBusy.or(model.policy.edited.not()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, add, defaults, gap, discard, save);
        bar.setFillHeight(false);
        return bar;
    }

    private void drawRows() {
        rows.getChildren().clear();
        rows.addRow(0, new Label(), heading("settings.policy.type"), heading("settings.policy.measure"),
                heading("settings.policy.over"), heading("settings.policy.level"));
        List<DraftRule> rules = model.policy.rules;
        for (int i = 0; i < rules.size(); i++) {
            drawRow(i + 1, rules.get(i));
        }
        Label none = new Label(messages.get("settings.policy.none"));
        none.setId("settings-policy-none");
        none.setWrapText(true);
        if (rules.isEmpty()) {
            rows.add(none, 1, 1, 5, 1);
        }
    }

    private void drawRow(int row, DraftRule rule) {
        Label number = new Label(row + ".");
        number.getStyleClass().add(Styles.TEXT_MUTED);

        // Help requests are routed by a built-in rule (always a manager); the policy sets POS changes' thresholds.
        ComboBox<ActionType> type = pick(Stream.of(ActionType.values()).filter(ActionType::reachesPos).toList(),
                t -> messages.get(t.nameKey()));
        type.setId("policy-type-" + row);
        type.valueProperty().bindBidirectional(rule.type);

        ComboBox<Measure> measure = pick(List.copyOf(Measure.forType(rule.type.get())),
                m -> messages.get(m.nameKey()));
        measure.setId("policy-measure-" + row);
        measure.valueProperty().bindBidirectional(rule.measure);
        // Offered afresh each time it opens: the measures that mean something for the type chosen now.
        measure.setOnShowing(e -> measure.getItems().setAll(Measure.forType(rule.type.get())));

        TextField threshold = new TextField();
        threshold.setId("policy-threshold-" + row);
        threshold.setPrefColumnCount(7);
        threshold.textProperty().bindBidirectional(rule.threshold);
        // The field holds the listener and the rule only a weak reference, so rows redrawn after an
        // add or a remove leave no stale fields attached to the rules they showed.
        ChangeListener<Boolean> markInvalid = (obs, was, now) -> threshold.pseudoClassStateChanged(Styles.STATE_DANGER,
                now);
        threshold.getProperties().put(DraftRule.class, markInvalid);
        rule.invalid.addListener(new WeakChangeListener<>(markInvalid));
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(
                () -> rule.measure.get() == Measure.PERCENT ? "%" : messages.get("settings.policy.currency"),
                rule.measure));
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox over = new HBox(6, threshold, unit);
        over.setAlignment(Pos.CENTER_LEFT);

        ComboBox<ApprovalLevel> level = pick(List.of(ApprovalLevel.STORE_MANAGER, ApprovalLevel.DISTRICT_MANAGER),
                l -> messages.get(l.nameKey()));
        level.setId("policy-level-" + row);
        level.valueProperty().bindBidirectional(rule.level);

        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("policy-remove-" + row);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip(messages.get("settings.policy.remove")));
        remove.setAccessibleText(messages.get("settings.policy.remove"));
        remove.setOnAction(e -> model.policy.remove(rule));
        remove.disableProperty().bind(model.policyBusy);

        rows.addRow(row, number, type, measure, over, level, remove);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ComboBox<T> pick(List<T> choices, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(choices));
        combo.setConverter(ChoiceLabels.of(label));
        combo.setMinWidth(Region.USE_PREF_SIZE);
        combo.setMaxWidth(Double.MAX_VALUE); // one width down each column
        return combo;
    }
}
