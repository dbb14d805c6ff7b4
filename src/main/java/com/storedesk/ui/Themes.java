package com.storedesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.storedesk.config.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the AtlantaFX theme and StoreDesk's own stylesheet; colours come only from theme variables. */
public final class Themes {

    private static final String APP_CSS = "/com/storedesk/ui/storedesk.css";

    private Themes() {
    }

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(Themes.class.getResource(APP_CSS).toExternalForm());
    }

    public static String appStylesheet() {
        return Themes.class.getResource(APP_CSS).toExternalForm();
    }
}
