package com.storedesk.ui.home;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Home's state, ready to show: the controller fills it, the view binds to it. */
final class HomeModel {

    /** One store as a row of the stores table. */
    record StoreRow(String code, String name, String source, String timeZone, String businessDay, String localTime) {
    }

    /** One table of the database with its row count, both already formatted. */
    record TableRow(String label, String table, String rows) {
    }

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();

    final StringProperty storeCount = new SimpleStringProperty("");
    final StringProperty dataSources = new SimpleStringProperty("");
    final StringProperty latestSale = new SimpleStringProperty("");
    final StringProperty lastSync = new SimpleStringProperty("");
    final StringProperty databaseLocation = new SimpleStringProperty("");
    final StringProperty schemaVersion = new SimpleStringProperty("");

    final ObservableList<StoreRow> stores = FXCollections.observableArrayList();
    final ObservableList<TableRow> tables = FXCollections.observableArrayList();
}
