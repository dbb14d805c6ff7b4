package com.storedesk.ui.users;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Chooses the stores of a {@link UsersModel.Scope}: "All stores" where the role allows it (always on for
 * administrators), otherwise one box per store. Scrolls when a chain has more stores than fit.
 */
final class StorePicker extends VBox {

    private final UsersModel.Scope scope;
    private final String idPrefix;
    private final VBox boxes = new VBox(6);
    private final Map<Long, CheckBox> byStore = new LinkedHashMap<>();
    private List<StoreSummary> filled = List.of();

    StorePicker(UsersModel.Scope scope, ObservableList<StoreSummary> stores, Messages messages, String idPrefix) {
        super(8);
        this.scope = scope;
        this.idPrefix = idPrefix;
        CheckBox all = new CheckBox(messages.get("users.stores.all"));
        all.setId(idPrefix + "-all");
        all.selectedProperty().bindBidirectional(scope.all);
        all.visibleProperty().bind(scope.role.isEqualTo(Role.DISTRICT_MANAGER)
                .or(scope.role.isEqualTo(Role.ADMINISTRATOR)));
        all.managedProperty().bind(all.visibleProperty());
        all.disableProperty().bind(scope.role.isEqualTo(Role.ADMINISTRATOR));
        Label administrators = new Label(messages.get("users.stores.administrators"));
        administrators.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        administrators.setWrapText(true);
        administrators.visibleProperty().bind(scope.role.isEqualTo(Role.ADMINISTRATOR));
        administrators.managedProperty().bind(administrators.visibleProperty());
        ScrollPane list = new ScrollPane(boxes);
        list.setFitToWidth(true);
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setPrefViewportHeight(4 * 26);
        list.visibleProperty().bind(scope.all.not());
        list.managedProperty().bind(list.visibleProperty());
        getChildren().addAll(all, administrators, list);
        stores.addListener((ListChangeListener<StoreSummary>) change -> fill(stores));
        scope.ids.addListener((SetChangeListener<Long>) change -> byStore.forEach(
                (id, box) -> box.setSelected(scope.ids.contains(id))));
        fill(stores);
    }

    /** One box per store; a list read again with the same stores keeps its boxes. */
    private void fill(List<StoreSummary> stores) {
        if (stores.equals(filled)) {
            return;
        }
        filled = List.copyOf(stores);
        byStore.clear();
        stores.forEach(store -> byStore.put(store.id(), box(store)));
        boxes.getChildren().setAll(byStore.values());
    }

    private CheckBox box(StoreSummary store) {
        CheckBox box = new CheckBox(store.code() + "  " + store.name());
        box.setId(idPrefix + "-" + store.code());
        box.setWrapText(true);
        box.setSelected(scope.ids.contains(store.id()));
        box.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                scope.ids.add(store.id());
            } else {
                scope.ids.remove(store.id());
            }
        });
        return box;
    }
}
