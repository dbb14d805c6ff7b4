package com.storedesk.ui.inbox;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.Sparkline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected action whole: what changes and why, its evidence (with a small chart when it has a
 * series), who proposed it, the rule that sent it here and its history; then what the user may do.
 */
final class InboxDetailView {

    private final InboxModel model;
    private final Messages messages;
    private final TextField reason = new TextField();
    private final TextField edit = new TextField();
    private final TextField handNote = new TextField();
    private final Label change = value("inbox-detail-change");
    private final Label rationale = value("inbox-detail-rationale");
    private final Label proposer = value("inbox-detail-proposer");
    private final Label routing = value("inbox-detail-routing");
    private final Label history = value("inbox-detail-history");
    private final CaptionGrid evidence = new CaptionGrid(12, 4);
    private final Label seriesLabel = new Label();
    private final Sparkline sparkline = new Sparkline();
    private final Label heading = new Label();
    private final Label byHand = value("inbox-detail-by-hand");
    private final Section root;

    InboxDetailView(InboxModel model, Messages messages, InboxController controller) {
        this.model = model;
        this.messages = messages;
        heading.setId("inbox-detail-title");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        byHand.getStyleClass().add(Styles.WARNING);
        byHand.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        byHand.managedProperty().bind(byHand.visibleProperty());
        Label evidenceCaption = caption("inbox.detail.evidence");
        evidenceCaption.textProperty().bind(helpOr("inbox.help.conversation", "inbox.detail.evidence"));
        Label changeCaption = caption("inbox.detail.change");
        changeCaption.textProperty().bind(helpOr("inbox.help.request", "inbox.detail.change"));
        VBox what = new VBox(8, changeCaption, change, caption("inbox.detail.rationale"), rationale,
                evidenceCaption, evidence, chart());
        VBox why = new VBox(8, caption("inbox.detail.proposer"), proposer, caption("inbox.detail.routing"), routing,
                caption("inbox.detail.history"), history);
        for (VBox column : new VBox[] {what, why}) {
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        HBox columns = new HBox(24, what, why);
        ScrollPane shown = InboxView.scrolling(new VBox(12, heading, byHand, decisions(controller), retry(controller),
                handWork(controller), columns));
        shown.visibleProperty().bind(model.detail.isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        VBox.setVgrow(shown, Priority.ALWAYS);
        Label none = new Label(messages.get("inbox.detail.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(model.detail.isNull());
        none.managedProperty().bind(none.visibleProperty());
        root = new Section(messages.get("inbox.detail.title"), none, shown);
        root.setId("inbox-detail");
        model.detail.addListener((obs, old, now) -> show(now));
    }

    Region root() {
        return root;
    }

    void focusReason() {
        if (!reason.isDisabled()) {
            reason.requestFocus();
        }
    }

    void focusEdit() {
        if (edit.isVisible() && !edit.isDisabled()) {
            edit.requestFocus();
            edit.selectAll();
        }
    }

    private void show(InboxModel.Detail detail) {
        if (detail == null) {
            return;
        }
        heading.setText(detail.title());
        byHand.setText(detail.byHand() == null ? "" : detail.byHand());
        byHand.setVisible(detail.byHand() != null);
        change.setText(detail.change());
        rationale.setText(detail.rationale());
        evidence.getChildren().clear();
        for (int row = 0; row < detail.evidence().size(); row++) {
            InboxModel.Figure figure = detail.evidence().get(row);
            Label label = new Label(figure.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            label.setWrapText(true);
            Label value = new Label(figure.value());
            value.setWrapText(true);
            GridPane.setValignment(label, VPos.TOP);
            evidence.addRow(row, label, value);
        }
        seriesLabel.setText(detail.seriesLabel() == null ? "" : detail.seriesLabel());
        sparkline.show(detail.series());
        proposer.setText(detail.proposer());
        routing.setText(detail.routing());
        history.setText(String.join("\n", detail.history()));
    }

    private Node chart() {
        sparkline.setId("inbox-detail-series");
        sparkline.setPrefSize(160, 36);
        seriesLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox chart = new HBox(8, sparkline, seriesLabel);
        chart.setAlignment(Pos.CENTER_LEFT);
        chart.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.detail.get() != null && !model.detail.get().series().isEmpty(), model.detail));
        chart.managedProperty().bind(chart.visibleProperty());
        return chart;
    }

    /** Approve; reject with a reason (the button waits for one); edit the number, see its level, approve. */
    private Node decisions(InboxController controller) {
        BooleanBinding cannotDecide = Bindings.createBooleanBinding(
                () -> model.detail.get() == null || !model.detail.get().canDecide(), model.detail).or(model.busy);
        Button approve = button("inbox-approve", "inbox.approve", Feather.CHECK, Styles.SUCCESS);
        // A help request is answered "on my way", which the associate sees at the copilot.
        approve.textProperty().bind(helpOr("inbox.help.onMyWay", "inbox.approve"));
        approve.disableProperty().bind(cannotDecide);
        approve.setOnAction(e -> controller.approve());

        reason.setId("inbox-reason");
        reason.promptTextProperty().bind(helpOr("inbox.help.declineReason", "inbox.reject.reason"));
        reason.textProperty().bindBidirectional(model.reason);
        reason.disableProperty().bind(cannotDecide);
        reason.setOnAction(e -> controller.reject());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button reject = button("inbox-reject", "inbox.reject", Feather.X, Styles.DANGER);
        reject.textProperty().bind(helpOr("inbox.help.decline", "inbox.reject"));
        reject.disableProperty().bind(cannotDecide.or(Bindings.createBooleanBinding(
                () -> model.reason.get() == null || model.reason.get().isBlank(), model.reason)));
        reject.setOnAction(e -> controller.reject());
        HBox decide = new HBox(8, approve, reason, reject);
        decide.setAlignment(Pos.CENTER_LEFT);

        Label editCaption = new Label();
        editCaption.textProperty().bind(Bindings.createStringBinding(() -> model.detail.get() == null
                || model.detail.get().editKind() == null ? ""
                : messages.get(model.detail.get().editKind() == ChangeEdit.Kind.PERCENT
                        ? "inbox.edit.percent" : "inbox.edit.price"), model.detail));
        editCaption.setMinWidth(Region.USE_PREF_SIZE);
        edit.setId("inbox-edit");
        edit.setPrefColumnCount(6);
        edit.textProperty().bindBidirectional(model.editValue);
        edit.setOnAction(e -> controller.approveEdited());
        Label level = new Label();
        level.setId("inbox-edit-level");
        level.textProperty().bind(model.editLevel);
        level.getStyleClass().add(Styles.TEXT_MUTED);
        level.setWrapText(true);
        HBox.setHgrow(level, Priority.ALWAYS);
        Button approveEdited = button("inbox-approve-edited", "inbox.edit", Feather.EDIT_2, Styles.ACCENT);
        approveEdited.disableProperty().bind(cannotDecide.or(model.editValid.not()));
        approveEdited.setOnAction(e -> controller.approveEdited());
        HBox editing = new HBox(8, editCaption, edit, level, approveEdited);
        editing.setAlignment(Pos.CENTER_LEFT);
        editing.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.detail.get() != null && model.detail.get().editKind() != null, model.detail));
        editing.managedProperty().bind(editing.visibleProperty());
        VBox decisions = new VBox(8, decide, editing);
        // Hand work is past deciding: its own row (done, or not) replaces the greyed-out decision.
        decisions.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.detail.get() == null || !model.detail.get().canMarkByHand(), model.detail));
        decisions.managedProperty().bind(decisions.visibleProperty());
        return decisions;
    }

    /** The first text for a help request, the second for every other action. */
    private StringBinding helpOr(String helpKey, String otherKey) {
        return Bindings.createStringBinding(() -> messages.get(
                model.detail.get() != null && model.detail.get().help() ? helpKey : otherKey), model.detail);
    }

    private Node retry(InboxController controller) {
        Button retry = button("inbox-retry", "inbox.retry", Feather.REFRESH_CW, Styles.ACCENT);
        retry.setOnAction(e -> controller.retry());
        retry.disableProperty().bind(model.busy);
        retry.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.detail.get() != null && model.detail.get().canRetry(), model.detail));
        retry.managedProperty().bind(retry.visibleProperty());
        return retry;
    }

    /** Hand work, once done at the till: done; or could not be done, with why (the button waits for it). */
    private Node handWork(InboxController controller) {
        Button done = button("inbox-done-by-hand", "inbox.byHand.done", Feather.CHECK_SQUARE, Styles.SUCCESS);
        done.disableProperty().bind(model.busy);
        done.setOnAction(e -> controller.markDoneByHand());
        handNote.setId("inbox-hand-note");
        handNote.setPromptText(messages.get("inbox.byHand.note"));
        handNote.textProperty().bindBidirectional(model.handNote);
        handNote.disableProperty().bind(model.busy);
        handNote.setOnAction(e -> controller.markNotDone());
        HBox.setHgrow(handNote, Priority.ALWAYS);
        Button notDone = button("inbox-not-done", "inbox.byHand.notDone", Feather.SLASH, Styles.DANGER);
        notDone.disableProperty().bind(model.busy.or(Bindings.createBooleanBinding(
                () -> model.handNote.get() == null || model.handNote.get().isBlank(), model.handNote)));
        notDone.setOnAction(e -> controller.markNotDone());
        HBox row = new HBox(8, done, handNote, notDone);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("inbox-hand-work");
        row.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.detail.get() != null && model.detail.get().canMarkByHand(), model.detail));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Button button(String id, String key, Feather icon, String style) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(style);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Label caption(String key) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        return caption;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
