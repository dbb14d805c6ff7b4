package com.storedesk.ui.audit;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit screen's state: the filters, the entries they find, the one selected, and what checks said. */
final class AuditModel {

    /** A choice in the store filter; {@code id} null is "all stores". */
    record StoreChoice(Long id, String label) {
    }

    /** A choice in the action filter; {@code action} null is "all actions". */
    record ActionChoice(AuditAction action, String label) {
    }

    /** One entry as the table shows it: the store by its code, the details cut short; the detail area has them whole. */
    record Row(AuditEntry entry, String time, String user, String action, String store, String storeName,
            String subject, String details, String detailsShort) {
    }

    /** What the last chain check found; {@code ok} false names the first bad entry in {@code text}. */
    record Verification(boolean ok, String text) {
    }

    final StringProperty user = new SimpleStringProperty("");
    final ObservableList<StoreChoice> stores = FXCollections.observableArrayList();
    final ObjectProperty<StoreChoice> store = new SimpleObjectProperty<>();
    final ObservableList<ActionChoice> actions = FXCollections.observableArrayList();
    final ObjectProperty<ActionChoice> action = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    /** "Showing the newest 200 of 1,234 matching entries." */
    final StringProperty summary = new SimpleStringProperty("");
    final ObjectProperty<Verification> verification = new SimpleObjectProperty<>();
    /** "Exported 12 entries to C:\...\audit.csv" */
    final StringProperty notice = new SimpleStringProperty();
}
