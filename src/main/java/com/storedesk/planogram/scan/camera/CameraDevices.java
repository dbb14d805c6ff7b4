package com.storedesk.planogram.scan.camera;

import java.util.List;

/**
 * The cameras of this computer. {@link WebcamDevices} is the real one; tests give a fake that plays
 * pictures. Both methods may take seconds (drivers are slow to answer), so call them off the FX thread.
 */
public interface CameraDevices {

    /** The connected cameras' names, the default one first; never empty (no camera is a {@link CameraProblem#NO_CAMERA}). */
    List<String> names() throws CameraException;

    /** Opens the camera of that name for this program alone. */
    FrameGrabber open(String name) throws CameraException;
}
