package com.storedesk.ui.users;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.SuccessMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.WrappedTextCell;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the users screen: the name filter and "Add user" above the accounts, what the last change
 * said, and below either the selected account's detail or the new account's form. Choices go to
 * {@link UsersController}.
 */
final class UsersView {

    private static final Comparator<String> TEXT = String.CASE_INSENSITIVE_ORDER;

    private final UsersModel model;
    private final Messages messages;
    private final TableView<UsersModel.Row> table = new TableView<>();
    private final VBox root;
    private boolean remeasuring;

    UsersView(UsersModel model, Messages messages, UserTexts texts, UsersController controller) {
        this.model = model;
        this.messages = messages;
        AccountDetailView detail = new AccountDetailView(model, messages, texts, controller);
        NewAccountView form = new NewAccountView(model, messages, texts, controller);
        // Only the table waits for the first read: a refusal or failure still shows its message below it.
        Loading accounts = new Loading(table(), model.loading, model.loaded, messages.get("users.loading"));
        VBox.setVgrow(accounts, Priority.ALWAYS);
        ErrorMessage error = new ErrorMessage(messages.get("users.error.title"), model.error);
        error.setId("users-error");
        VBox body = new VBox(12, toolbar(controller), accounts, notice(), error, detail.root(), form.root());
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(16, new ScreenHeader(messages.get("users.title"), messages.get("users.subtitle")), body);
        root.getStyleClass().add("screen");
        root.setId("users-screen");
    }

    Node root() {
        return root;
    }

    private Node toolbar(UsersController controller) {
        TextField filter = new TextField();
        filter.setId("users-filter");
        filter.setPromptText(messages.get("users.filter"));
        filter.textProperty().bindBidirectional(model.filter);
        filter.setPrefWidth(320); // the longest prompt, German, whole
        Label summary = new Label();
        summary.setId("users-summary");
        summary.textProperty().bind(model.summary);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(messages.get("users.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("users-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(model.busy.or(model.adding));
        add.setOnAction(e -> controller.startAdding());
        HBox toolbar = new HBox(12, filter, summary, new Spacer(), add);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private Region table() {
        SortedList<UsersModel.Row> sorted = new SortedList<>(model.shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("users-table");
        table.getColumns().addAll(List.of(
                column("users.column.username", UsersModel.Row::username, Comparator.comparing(UsersModel.Row::username),
                        135),
                column("users.column.name", r -> r.account().displayName(),
                        Comparator.comparing(r -> r.account().displayName(), TEXT), 140),
                column("users.column.role", UsersModel.Row::role, Comparator.comparing(r -> r.account().role()), 140),
                column("users.column.stores", UsersModel.Row::stores, Comparator.comparing(UsersModel.Row::stores, TEXT),
                        130),
                column("users.column.status", UsersModel.Row::status, Comparator.comparing(UsersModel.Row::status, TEXT),
                        150),
                column("users.column.lastSignIn", UsersModel.Row::lastSignInText, Comparator.comparing(
                        UsersModel.Row::lastSignIn, Comparator.nullsFirst(Comparator.naturalOrder())), 180)));
        table.getSortOrder().add(table.getColumns().get(0));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(messages.get("users.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || table.getSelectionModel().isEmpty()) {
                model.selected.set(now);
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setMinHeight(150);
        return table;
    }

    private Node notice() {
        SuccessMessage done = new SuccessMessage(messages.get("users.done.title"), model.notice);
        done.setId("users-notice");
        return done;
    }

    /** Every cell wraps rather than cutting a long status or store list; {@code order} sorts by meaning, not by text. */
    private TableColumn<UsersModel.Row, UsersModel.Row> column(String key, Function<UsersModel.Row, String> text,
            Comparator<UsersModel.Row> order, double width) {
        TableColumn<UsersModel.Row, UsersModel.Row> column = new TableColumn<>(messages.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new WrappedTextCell<>(text, false, false));
        column.setComparator(order);
        column.widthProperty().addListener((obs, old, now) -> remeasureRows());
        // Never narrower than chosen: each width holds its title in the longest language, with the sort arrow.
        column.setPrefWidth(width);
        column.setMinWidth(width);
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
}
