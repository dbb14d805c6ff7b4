package com.storedesk.ui.settings;

import com.storedesk.pos.connection.ConnectionOverview;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The POS connections section's state: the saved connections, the one in the form, what a test
 * found and how its sync goes. Secrets typed in live here only until saved; stored ones are never
 * read back, only whether they are stored.
 */
final class ConnectionsModel {

    final ObservableList<ConnectionOverview> connections = FXCollections.observableArrayList();
    /** The saved connection in the form; null while a new one is being set up. */
    final ObjectProperty<ConnectionOverview> selected = new SimpleObjectProperty<>();

    final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.SQUARE);
    final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.PRODUCTION);
    /** The address typed for {@link Environment#CUSTOM}, else the platform's, shown read-only. */
    final StringProperty baseUrl = new SimpleStringProperty("");
    final StringProperty accountId = new SimpleStringProperty("");
    /** The Shopify location; kept, not shown, while another platform is chosen. */
    final StringProperty locationId = new SimpleStringProperty("");
    /** The Square webhook subscription's URL; kept, not shown, while another platform is chosen. */
    final StringProperty notificationUrl = new SimpleStringProperty("");
    final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** The access token, or Lightspeed's refresh token. */
    final StringProperty credential = new SimpleStringProperty("");
    /** Lightspeed's API client, typed with its refresh token. */
    final StringProperty clientId = new SimpleStringProperty("");
    final StringProperty clientSecret = new SimpleStringProperty("");
    final StringProperty webhookSecret = new SimpleStringProperty("");
    final BooleanProperty credentialStored = new SimpleBooleanProperty(false);
    final BooleanProperty webhookSecretStored = new SimpleBooleanProperty(false);

    /** The test's findings, one translated sentence each, with how each went. */
    final ObservableList<CheckLine> checkLines = FXCollections.observableArrayList();
    final StringProperty lastSuccess = new SimpleStringProperty("");
    final StringProperty itemsFetched = new SimpleStringProperty("");
    final StringProperty cursor = new SimpleStringProperty("");
    final StringProperty lastError = new SimpleStringProperty("");

    /** True when there is no keychain and secrets go to the encrypted file. */
    final BooleanProperty fileVault = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();

    /** One finding of "Test connection". */
    record CheckLine(com.storedesk.pos.connection.ConnectionCheck.Outcome outcome, String text) {
    }
}
