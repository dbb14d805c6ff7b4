package com.storedesk.ui.settings;

import com.storedesk.i18n.Language;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Settings screen's state: what is chosen now, and what the last change did. */
final class SettingsModel {

    final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    final BooleanProperty darkTheme = new SimpleBooleanProperty();
    final StringProperty dataFolder = new SimpleStringProperty("");
    final BooleanProperty dataFolderIsDefault = new SimpleBooleanProperty(true);
    final StringProperty databaseInUse = new SimpleStringProperty("");
    final BooleanProperty usesExternalDatabase = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** A confirmation of the last change, such as "Saved. Takes effect at the next start." */
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();

    /** Only administrators see and edit the approval policy. */
    final BooleanProperty editsPolicy = new SimpleBooleanProperty(false);
    final PolicyDraft policy;
    final BooleanProperty policyBusy = new SimpleBooleanProperty(false);
    final StringProperty policyNotice = new SimpleStringProperty();
    final StringProperty policyError = new SimpleStringProperty();

    SettingsModel(Locale locale) {
        policy = new PolicyDraft(locale);
    }
}
