package com.storedesk.planogram.scan.camera;

import java.awt.image.BufferedImage;

/** An open camera. Used by one thread at a time; {@link #close()} gives the camera back to the system. */
public interface FrameGrabber extends AutoCloseable {

    String name();

    /** The next picture, waiting for it as long as the camera takes; a camera that stopped is {@link CameraProblem#LOST}. */
    BufferedImage grab() throws CameraException;

    @Override
    void close();
}
