package com.storedesk.ui.inbox;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.WrappedTextCell;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the inbox: filters and bulk approval above the list, the selected action's detail
 * below, and the back office's keys (A approve, R reject, E edit; arrows and Ctrl+A are the
 * table's own). Choices go to {@link InboxController}.
 */
final class InboxView {

    private final InboxModel model;
    private final Messages messages;
    private final InboxController controller;
    private final InboxDetailView detail;
    private final TableView<InboxModel.Row> table = new TableView<>();
    private final VBox root;
    private boolean remeasuring;

    InboxView(InboxModel model, Messages messages, InboxController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        this.detail = new InboxDetailView(model, messages, controller);
        Label hint = new Label(messages.get("inbox.hint"));
        hint.setId("inbox-hint");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        // The user drags the divider between the list and the detail; the list starts with room for a few rows.
        SplitPane split = new SplitPane(table(), detail.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.getStyleClass().add("inbox-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox body = new VBox(12, toolbar(), split);
        Loading loading = new Loading(body, model.loading, model.loaded, messages.get("inbox.loading"));
        VBox.setVgrow(loading, Priority.ALWAYS);
        root = new VBox(12,
                new ScreenHeader(messages.get("inbox.title"), messages.get("inbox.subtitle")),
                filters(), hint, notice(), new ErrorMessage(messages.get("inbox.error.title"), model.error), loading);
        root.getStyleClass().add("screen");
        root.setId("inbox-screen");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    Node root() {
        return root;
    }

    /** A, R and E act on the selected action, unless the user is typing. */
    private void shortcut(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getCode() == KeyCode.A) {
            controller.approve();
        } else if (event.getCode() == KeyCode.R) {
            detail.focusReason();
        } else if (event.getCode() == KeyCode.E) {
            detail.focusEdit();
        } else {
            return;
        }
        event.consume();
    }

    private Node filters() {
        HBox row = new HBox(8,
                combo("inbox-type", model.types, model.type),
                combo("inbox-store", model.stores, model.store),
                combo("inbox-status", model.statuses, model.status),
                combo("inbox-age", model.ages, model.age));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node toolbar() {
        Label summary = new Label();
        summary.setId("inbox-summary");
        summary.textProperty().bind(model.summary);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Button bulk = new Button(messages.get("inbox.bulk"), new FontIcon(Feather.CHECK_SQUARE));
        bulk.setId("inbox-bulk");
        bulk.setMinWidth(Region.USE_PREF_SIZE);
        bulk.disableProperty().bind(model.busy.or(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2)));
        bulk.setOnAction(e -> controller.approveAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        HBox toolbar = new HBox(8, summary, new Spacer(), bulk);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private Region table() {
        table.setItems(model.rows);
        table.setId("inbox-actions");
        table.getColumns().addAll(List.of(
                column("inbox.column.when", InboxModel.Row::when, 125),
                column("inbox.column.store", InboxModel.Row::store, 85),
                column("inbox.column.type", InboxModel.Row::type, 110),
                column("inbox.column.change", InboxModel.Row::change, 250),
                column("inbox.column.level", InboxModel.Row::level, 110),
                column("inbox.column.status", InboxModel.Row::status, 120),
                column("inbox.column.expires", InboxModel.Row::expires, 100)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label none = new Label(messages.get("inbox.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || table.getSelectionModel().isEmpty()) {
                model.selected.set(now);
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem() && table.getSelectionModel().getSelectedItems().size() <= 1) {
                table.getSelectionModel().clearSelection();
                if (now != null) {
                    table.getSelectionModel().select(now);
                }
            }
            if (now != null) {
                table.scrollTo(now);
            }
        });
        table.setMinHeight(120);
        return table;
    }

    private Node notice() {
        Message done = new Message(messages.get("inbox.done.title"), "", new FontIcon(Feather.CHECK_CIRCLE));
        done.getStyleClass().add(Styles.SUCCESS);
        done.setId("inbox-notice");
        done.descriptionProperty().bind(model.notice);
        done.visibleProperty().bind(model.notice.isNotNull());
        done.managedProperty().bind(done.visibleProperty());
        return done;
    }

    private <T> ComboBox<InboxModel.Choice<T>> combo(String id, javafx.collections.ObservableList<InboxModel.Choice<T>> items,
            javafx.beans.property.ObjectProperty<InboxModel.Choice<T>> value) {
        ComboBox<InboxModel.Choice<T>> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(ChoiceLabels.of(InboxModel.Choice::label));
        combo.valueProperty().bindBidirectional(value);
        combo.setMinWidth(Region.USE_PREF_SIZE);
        return combo;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new WrappedTextCell<>(text -> text, false, false));
        column.widthProperty().addListener((obs, old, now) -> remeasureRows());
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.9);
        column.setSortable(false);
        return column;
    }

    /** Wrapped cells change height with their column: the rows are measured again, once per layout pass. */
    private void remeasureRows() {
        if (!remeasuring) {
            remeasuring = true;
            Platform.runLater(() -> {
                remeasuring = false;
                table.refresh();
            });
        }
    }

    /** Wraps the detail so a long rationale scrolls rather than pushing the buttons off the window. */
    static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }
}
