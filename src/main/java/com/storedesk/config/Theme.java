package com.storedesk.config;

/** The colour scheme of the window; both follow the same AtlantaFX theme family. */
public enum Theme {
    LIGHT, DARK;

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
