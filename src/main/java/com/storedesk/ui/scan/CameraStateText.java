package com.storedesk.ui.scan;

import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.camera.CameraProblem;
import com.storedesk.planogram.scan.camera.CameraState;

/** A camera's state as one translated sentence for the people scanning. */
public final class CameraStateText {

    private CameraStateText() {
    }

    public static String of(CameraState state, Messages messages) {
        return switch (state.phase()) {
            case STOPPED -> messages.get("camera.state.stopped");
            case STARTING -> messages.get("camera.state.starting");
            case SCANNING -> messages.get("camera.state.scanning", state.camera().orElse(""));
            case FAILED -> problem(state.problem().orElse(CameraProblem.LOST), messages);
        };
    }

    public static String problem(CameraProblem problem, Messages messages) {
        return switch (problem) {
            case NO_CAMERA -> messages.get("camera.problem.noCamera");
            case NO_DRIVER -> messages.get("camera.problem.noDriver");
            case IN_USE -> messages.get("camera.problem.inUse");
            case LOST -> messages.get("camera.problem.lost");
        };
    }
}
