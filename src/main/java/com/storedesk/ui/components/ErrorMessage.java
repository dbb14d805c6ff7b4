package com.storedesk.ui.components;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A red notice that shows itself while {@code text} holds a message and hides when it is null. */
public final class ErrorMessage extends Message {

    public ErrorMessage(String title, ObservableStringValue text) {
        super(title, "", new FontIcon(Feather.ALERT_TRIANGLE));
        getStyleClass().add(Styles.DANGER);
        descriptionProperty().bind(text);
        visibleProperty().bind(Bindings.isNotNull(text));
        managedProperty().bind(visibleProperty());
    }
}
