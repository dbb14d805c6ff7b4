package com.storedesk.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The camera that scans barcodes and whether an accepted code beeps.
 *
 * @param camera the chosen camera's name; empty means the first camera found (also when the chosen
 *               one is not connected)
 * @param sound  a short beep per accepted code
 */
public record CameraSettings(Optional<String> camera, boolean sound) {

    public CameraSettings {
        Objects.requireNonNull(camera, "camera");
        camera = camera.filter(name -> !name.isBlank());
    }

    public static CameraSettings defaults() {
        return new CameraSettings(Optional.empty(), true);
    }
}
