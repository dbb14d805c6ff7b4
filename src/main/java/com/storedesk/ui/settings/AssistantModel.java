package com.storedesk.ui.settings;

import com.storedesk.assist.prompt.PromptVersion;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The assistant's section: the model's endpoint as typed, what its test found, and the prompt being
 * edited with its versions. A key typed in lives here only until saved; a stored one is never read
 * back, only whether there is one.
 */
final class AssistantModel {

    final StringProperty baseUrl = new SimpleStringProperty("");
    final StringProperty model = new SimpleStringProperty("");
    final IntegerProperty timeoutSeconds = new SimpleIntegerProperty(20);
    final StringProperty loyaltyIdPattern = new SimpleStringProperty("");
    final StringProperty apiKey = new SimpleStringProperty("");
    final BooleanProperty keyStored = new SimpleBooleanProperty(false);
    final BooleanProperty removeKey = new SimpleBooleanProperty(false);
    /** Which environment variables win over what is saved here, as one line; empty when none. */
    final StringProperty overriddenBy = new SimpleStringProperty("");
    /** The test's findings, one translated sentence each. */
    final ObservableList<String> testLines = FXCollections.observableArrayList();
    final BooleanProperty testPassed = new SimpleBooleanProperty(false);

    final ObservableList<String> promptIds = FXCollections.observableArrayList();
    final StringProperty promptId = new SimpleStringProperty();
    /** Every version of the chosen prompt, oldest first; the last is in force. */
    final ObservableList<PromptVersion> versions = FXCollections.observableArrayList();
    /** The version the editor was filled from. */
    final ObjectProperty<PromptVersion> shown = new SimpleObjectProperty<>();
    final StringProperty promptText = new SimpleStringProperty("");
    final StringProperty slots = new SimpleStringProperty("");

    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();
}
