package com.storedesk.ui.planogram;

import com.storedesk.data.StoreSummary;
import com.storedesk.planogram.store.CheckSummary;
import com.storedesk.planogram.store.FixtureSummary;
import com.storedesk.planogram.store.VersionInfo;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The planogram screen's state: what is picked, what is shown, the edit draft and the check under way. */
final class PlanogramModel {

    final ObservableList<StoreSummary> stores = FXCollections.observableArrayList();
    final ObjectProperty<StoreSummary> store = new SimpleObjectProperty<>();
    final ObservableList<FixtureSummary> fixtures = FXCollections.observableArrayList();
    final ObjectProperty<FixtureSummary> fixture = new SimpleObjectProperty<>();
    final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    final ObjectProperty<VersionInfo> version = new SimpleObjectProperty<>();

    final ObservableList<PositionRow> rows = FXCollections.observableArrayList();
    final ObjectProperty<PositionRow> selected = new SimpleObjectProperty<>();

    final BooleanProperty canEdit = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();
    final BooleanProperty loading = new SimpleBooleanProperty();
    final BooleanProperty loaded = new SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty();
    final StringProperty notice = new SimpleStringProperty();

    /** The edit form: the selected position's values, or a new one's. */
    final StringProperty editSku = new SimpleStringProperty("");
    final StringProperty editGtin = new SimpleStringProperty("");
    final StringProperty editFacings = new SimpleStringProperty("");
    final BooleanProperty dirty = new SimpleBooleanProperty();

    /** The check: where the walk is, what the current shelf gave, then the result. */
    final StringProperty walkStatus = new SimpleStringProperty("");
    final ObservableList<String> shelfCodes = FXCollections.observableArrayList();
    final StringProperty typedCode = new SimpleStringProperty("");
    final BooleanProperty lastShelf = new SimpleBooleanProperty();
    final BooleanProperty checked = new SimpleBooleanProperty();
    final StringProperty score = new SimpleStringProperty("");
    final StringProperty shelfScores = new SimpleStringProperty("");
    final ObservableList<String> exceptions = FXCollections.observableArrayList();

    /** The webcam: on while the associate has it on; the camera's own state is the preview's. */
    final BooleanProperty cameraOn = new SimpleBooleanProperty();

    final ObservableList<CheckSummary> history = FXCollections.observableArrayList();
    final ObjectProperty<CheckSummary> historySelected = new SimpleObjectProperty<>();

    /** A past check, opened from the history, shown read-only in place of the fixture. */
    final BooleanProperty pastOpen = new SimpleBooleanProperty();
    final StringProperty pastTitle = new SimpleStringProperty("");
    final StringProperty pastVersion = new SimpleStringProperty("");
    final StringProperty pastScore = new SimpleStringProperty("");
    final StringProperty pastShelfScores = new SimpleStringProperty("");
    final ObservableList<PositionRow> pastRows = FXCollections.observableArrayList();
    final ObservableList<String> pastExceptions = FXCollections.observableArrayList();
}
