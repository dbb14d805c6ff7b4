package com.storedesk.ui.signin;

import com.storedesk.data.StoreSummary;
import com.storedesk.security.KioskUser;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the sign-in screen shows and what has been typed into it. */
final class SignInModel {

    /** Which form is shown; null while the screen finds out. */
    enum Form { PASSWORD, KIOSK, FIRST_ADMINISTRATOR }

    final ObjectProperty<Form> form = new SimpleObjectProperty<>();
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** Why the last attempt failed, in words; null when there is nothing to say. */
    final StringProperty error = new SimpleStringProperty();

    final StringProperty username = new SimpleStringProperty("");
    final StringProperty secret = new SimpleStringProperty("");

    final StringProperty displayName = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");

    final ObservableList<StoreSummary> stores = FXCollections.observableArrayList();
    final ObjectProperty<StoreSummary> store = new SimpleObjectProperty<>();
    final ObservableList<KioskUser> associates = FXCollections.observableArrayList();
    final ObjectProperty<KioskUser> associate = new SimpleObjectProperty<>();
}
