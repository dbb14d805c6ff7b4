package com.storedesk.ui.users;

import com.storedesk.data.StoreSummary;
import com.storedesk.security.Role;
import com.storedesk.security.UserAccount;
import java.time.Instant;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * The users screen's state: the accounts and the name filter over them, the selected one, the new
 * account being filled in, and what the last change said. Secrets typed here are cleared once used.
 */
final class UsersModel {

    /**
     * One account as the table shows it.
     *
     * @param lastSignIn null when the trail has no sign-in for it
     */
    record Row(UserAccount account, String role, String stores, String status, String lastSignInText,
            Instant lastSignIn, boolean locked) {

        String username() {
            return account.username();
        }
    }

    /**
     * Which stores an account reaches, as a picker edits it. {@code role} decides what may be chosen:
     * an administrator always has every store, a district manager may, everyone else names stores.
     */
    static final class Scope {
        final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.STORE_MANAGER);
        final BooleanProperty all = new SimpleBooleanProperty(false);
        final ObservableSet<Long> ids = FXCollections.observableSet();

        void reset(Role newRole, boolean allStores, Set<Long> storeIds) {
            role.set(newRole);
            all.set(allStores || newRole == Role.ADMINISTRATOR);
            ids.clear();
            ids.addAll(storeIds);
        }
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final FilteredList<Row> shown = new FilteredList<>(rows);
    final StringProperty filter = new SimpleStringProperty("");
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final ObservableList<StoreSummary> stores = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    /** A change is on its way to the service: the buttons wait. */
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();
    /** What the last change did, in words. */
    final StringProperty notice = new SimpleStringProperty();

    /** The new password or PIN of the selected account, typed twice. */
    final StringProperty resetSecret = new SimpleStringProperty("");
    final StringProperty resetConfirm = new SimpleStringProperty("");
    final Scope selectedScope = new Scope();

    /** The "new user" form is open instead of the selected account's detail. */
    final BooleanProperty adding = new SimpleBooleanProperty(false);
    final StringProperty newUsername = new SimpleStringProperty("");
    final StringProperty newName = new SimpleStringProperty("");
    final StringProperty newSecret = new SimpleStringProperty("");
    final StringProperty newConfirm = new SimpleStringProperty("");
    final Scope newScope = new Scope();
}
