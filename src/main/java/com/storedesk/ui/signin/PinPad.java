package com.storedesk.ui.signin;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.security.SecretRules;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Large digit keys for fingers: 1–9, then Clear, 0 and Delete, typing into {@code pin}. */
final class PinPad extends GridPane {

    static final double KEY_SIZE = 76;

    PinPad(StringProperty pin, Messages messages) {
        getStyleClass().add("pin-pad");
        setHgap(10);
        setVgap(10);
        for (int digit = 1; digit <= 9; digit++) {
            add(digitKey(digit, pin), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button clear = key(new Button(messages.get("signin.kiosk.clear")), "signin-pin-clear");
        clear.setOnAction(e -> pin.set(""));
        Button delete = key(new Button(null, new FontIcon(Feather.DELETE)), "signin-pin-delete");
        delete.setTooltip(new Tooltip(messages.get("signin.kiosk.delete")));
        delete.setOnAction(e -> pin.set(pin.get().isEmpty() ? "" : pin.get().substring(0, pin.get().length() - 1)));
        add(clear, 0, 3);
        add(digitKey(0, pin), 1, 3);
        add(delete, 2, 3);
    }

    private static Button digitKey(int digit, StringProperty pin) {
        Button key = key(new Button(String.valueOf(digit)), "signin-pin-" + digit);
        key.getStyleClass().add("pin-digit");
        key.setOnAction(e -> {
            if (pin.get().length() < SecretRules.MAX_PIN) {
                pin.set(pin.get() + digit);
            }
        });
        return key;
    }

    private static Button key(Button key, String id) {
        key.setId(id);
        key.getStyleClass().addAll("pin-key", Styles.LARGE);
        key.setMinSize(KEY_SIZE, KEY_SIZE);
        key.setPrefSize(KEY_SIZE * 1.3, KEY_SIZE);
        key.setFocusTraversable(false);
        return key;
    }
}
