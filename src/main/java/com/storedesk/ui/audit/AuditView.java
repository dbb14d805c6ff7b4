package com.storedesk.ui.audit;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.DatePickers;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out the audit screen and binds it to {@link AuditModel}; choices go to {@link AuditController}. */
final class AuditView {

    private final AuditModel model;
    private final Messages messages;
    private final AuditController controller;
    private final VBox root;

    AuditView(AuditModel model, Messages messages, AuditController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        Button export = new Button(messages.get("audit.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("audit-export");
        export.setOnAction(e -> chooseExportFile());
        Button verify = new Button(messages.get("audit.verify"), new FontIcon(Feather.SHIELD));
        verify.setId("audit-verify");
        verify.setOnAction(e -> controller.verifyChain());
        for (Button button : List.of(export, verify)) {
            button.disableProperty().bind(model.busy);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label summary = new Label();
        summary.setId("audit-summary");
        summary.textProperty().bind(model.summary);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        HBox toolbar = new HBox(8, summary, new Spacer(), export, verify);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Region table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(12, toolbar, table, detail());
        Loading loading = new Loading(body, model.loading, model.loaded, messages.get("audit.loading"));
        VBox.setVgrow(loading, Priority.ALWAYS);

        root = new VBox(16,
                new ScreenHeader(messages.get("audit.title"), messages.get("audit.subtitle")),
                filters(), verification(), notice(),
                new ErrorMessage(messages.get("audit.error.title"), model.error),
                loading);
        root.getStyleClass().add("screen");
        root.setId("audit-screen");
    }

    Node root() {
        return root;
    }

    private Node filters() {
        TextField user = new TextField();
        user.setId("audit-user");
        user.setPromptText(messages.get("audit.filter.user"));
        user.textProperty().bindBidirectional(model.user);
        user.setPrefWidth(170);
        ComboBox<AuditModel.StoreChoice> store = new ComboBox<>(model.stores);
        store.setId("audit-store");
        store.setConverter(ChoiceLabels.of(AuditModel.StoreChoice::label));
        store.valueProperty().bindBidirectional(model.store);
        store.setPrefWidth(230);
        ComboBox<AuditModel.ActionChoice> action = new ComboBox<>(model.actions);
        action.setId("audit-action");
        action.setConverter(ChoiceLabels.of(AuditModel.ActionChoice::label));
        action.valueProperty().bindBidirectional(model.action);
        action.setPrefWidth(230);
        DatePicker from = datePicker("audit-from", "audit.filter.from");
        from.valueProperty().bindBidirectional(model.from);
        DatePicker to = datePicker("audit-to", "audit.filter.to");
        to.valueProperty().bindBidirectional(model.to);
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("audit-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new javafx.scene.control.Tooltip(messages.get("audit.filter.clear")));
        clear.setOnAction(e -> controller.clearFilters());
        HBox row = new HBox(8, user, store, action, from, to, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = DatePickers.inLanguage(messages.locale());
        picker.setId(id);
        picker.setPromptText(messages.get(promptKey));
        picker.setPrefWidth(150);
        return picker;
    }

    private Region table() {
        TableView<AuditModel.Row> table = new TableView<>(model.rows);
        table.setId("audit-entries");
        table.getColumns().addAll(List.of(
                column("audit.column.time", AuditModel.Row::time, 180),
                column("audit.column.user", AuditModel.Row::user, 100),
                column("audit.column.action", AuditModel.Row::action, 230),
                column("audit.column.store", AuditModel.Row::store, 100),
                column("audit.column.subject", AuditModel.Row::subject, 140),
                column("audit.column.details", AuditModel.Row::detailsShort, 220)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(messages.get("audit.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected.set(now));
        model.selected.addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setMinHeight(200);
        return table;
    }

    /** The selected entry whole: who, what and where on the left; details and hashes on the right. */
    private Region detail() {
        HBox grids = new HBox(24, detailGrid("audit.column.sequence", "audit.column.time", "audit.column.user",
                "audit.column.action", "audit.column.store", "audit.column.subject"),
                detailGrid("audit.column.details", "audit.column.hash", "audit.column.previousHash"));
        grids.getChildren().forEach(grid -> HBox.setHgrow(grid, Priority.ALWAYS));
        grids.visibleProperty().bind(model.selected.isNotNull());
        grids.managedProperty().bind(grids.visibleProperty());
        Label none = new Label(messages.get("audit.detail.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        none.visibleProperty().bind(model.selected.isNull());
        none.managedProperty().bind(none.visibleProperty());
        Section section = new Section(messages.get("audit.detail.title"), none, grids);
        section.setId("audit-detail");
        return section;
    }

    private CaptionGrid detailGrid(String... keys) {
        CaptionGrid grid = new CaptionGrid(12, 6);
        for (int row = 0; row < keys.length; row++) {
            String key = keys[row];
            Label caption = new Label(messages.get(key));
            caption.getStyleClass().add(Styles.TEXT_BOLD);
            GridPane.setValignment(caption, VPos.TOP);
            Label value = new Label();
            value.setId("audit-detail-" + key.substring(key.lastIndexOf('.') + 1));
            value.setWrapText(true);
            value.textProperty().bind(detailText(key));
            if (key.endsWith("ash")) {
                value.getStyleClass().add(Styles.TEXT_SMALL);
            }
            grid.addRow(row, caption, value);
        }
        grid.setPrefWidth(0);
        grid.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private ObservableValue<String> detailText(String key) {
        return Bindings.createStringBinding(() -> {
            AuditModel.Row row = model.selected.get();
            if (row == null) {
                return "";
            }
            return switch (key) {
                case "audit.column.sequence" -> Long.toString(row.entry().sequence());
                case "audit.column.time" -> row.time();
                case "audit.column.user" -> row.user();
                case "audit.column.action" -> row.action();
                case "audit.column.store" -> row.storeName();
                case "audit.column.subject" -> row.subject();
                case "audit.column.details" -> row.details().replace(", ", "\n");
                case "audit.column.hash" -> row.entry().hash();
                default -> row.entry().previousHash();
            };
        }, model.selected);
    }

    /**
     * What the last chain check found: a green notice when intact, a red one naming the first bad entry.
     * Two notices with fixed titles, because AtlantaFX 2.0.1 shows the description when a title changes.
     */
    private Node verification() {
        Message intact = verificationMessage("audit-verification-ok", "audit.verify.intactTitle", Styles.SUCCESS, true);
        Message broken = verificationMessage("audit-verification-broken", "audit.verify.brokenTitle", Styles.DANGER,
                false);
        return new VBox(intact, broken);
    }

    private Message verificationMessage(String id, String titleKey, String style, boolean ok) {
        Message message = new Message(messages.get(titleKey), "", new FontIcon(Feather.SHIELD));
        message.setId(id);
        message.getStyleClass().add(style);
        message.descriptionProperty().bind(Bindings.createStringBinding(() -> model.verification.get() == null
                ? "" : model.verification.get().text(), model.verification));
        message.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.verification.get() != null
                && model.verification.get().ok() == ok, model.verification));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private Node notice() {
        SuccessMessage exported = new SuccessMessage(messages.get("audit.export.doneTitle"), model.notice);
        exported.setId("audit-notice");
        return exported;
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("audit.export.choose"));
        chooser.setInitialFileName("audit-trail.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            controller.exportCsv(chosen.toPath());
        }
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        return column;
    }
}
