package com.storedesk.planogram.scan.camera;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link CameraScanner} is: stopped, opening a camera, scanning with one, or failed and why.
 *
 * @param camera  the camera being opened or scanned with; empty when stopped, failed or not yet chosen
 * @param problem why it failed; present exactly when {@code phase} is {@link Phase#FAILED}
 */
public record CameraState(Phase phase, Optional<String> camera, Optional<CameraProblem> problem) {

    public enum Phase { STOPPED, STARTING, SCANNING, FAILED }

    public CameraState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(problem, "problem");
        if (problem.isPresent() != (phase == Phase.FAILED)) {
            throw new IllegalArgumentException("A problem comes with FAILED and only with it");
        }
    }

    public static CameraState stopped() {
        return new CameraState(Phase.STOPPED, Optional.empty(), Optional.empty());
    }

    public static CameraState starting() {
        return new CameraState(Phase.STARTING, Optional.empty(), Optional.empty());
    }

    public static CameraState scanning(String camera) {
        return new CameraState(Phase.SCANNING, Optional.of(camera), Optional.empty());
    }

    public static CameraState failed(CameraProblem problem) {
        return new CameraState(Phase.FAILED, Optional.empty(), Optional.of(problem));
    }

    /** Opening or scanning: the camera is, or is about to be, in use. */
    public boolean active() {
        return phase == Phase.STARTING || phase == Phase.SCANNING;
    }
}
