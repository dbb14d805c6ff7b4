package com.storedesk.ui;

import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import java.time.LocalDate;

/** What a screen may ask of the window around it. */
public interface ShellActions {

    /** Redraws every screen in {@code language}, staying on the current one. */
    void changeLanguage(Language language);

    void changeTheme(Theme theme);

    /** Shows the dashboard of the store with {@code storeId} on {@code date}, e.g. from the district view. */
    void openStoreDashboard(long storeId, LocalDate date);

    /** Counts the navigation's badges again, e.g. after the user decided something they count. */
    void refreshBadges();
}
