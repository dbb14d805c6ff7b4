package com.storedesk.ui;

import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stands in for the shell when a screen is tested alone: records what the screen asked of it. */
public final class RecordingShell implements ShellActions {

    public final List<Language> languages = new ArrayList<>();
    public final List<Theme> themes = new ArrayList<>();
    public final List<StoreDay> dashboards = new ArrayList<>();
    /** How many times the screen asked for the navigation's badges to be counted again. */
    public final java.util.concurrent.atomic.AtomicInteger badgeRefreshes = new java.util.concurrent.atomic.AtomicInteger();

    /** A store dashboard the screen asked to open. */
    public record StoreDay(long storeId, LocalDate date) {
    }

    @Override
    public void changeLanguage(Language language) {
        languages.add(language);
    }

    @Override
    public void changeTheme(Theme theme) {
        themes.add(theme);
    }

    @Override
    public void openStoreDashboard(long storeId, LocalDate date) {
        dashboards.add(new StoreDay(storeId, date));
    }

    @Override
    public void refreshBadges() {
        badgeRefreshes.incrementAndGet();
    }
}
