package com.storedesk.planogram.scan.camera;

import java.util.Objects;

/** A camera could not be listed, opened or read, and the {@link CameraProblem} that says why. */
public final class CameraException extends Exception {

    private final CameraProblem problem;

    public CameraException(CameraProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public CameraException(CameraProblem problem, String message) {
        this(problem, message, null);
    }

    public CameraProblem problem() {
        return problem;
    }
}
