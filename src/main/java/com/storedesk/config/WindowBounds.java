package com.storedesk.config;

/** Where the main window was when it last closed, restored on the next start. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    public boolean isUsable() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && Double.isFinite(x) && Double.isFinite(y);
    }
}
