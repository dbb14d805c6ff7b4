package com.storedesk.planogram.scan.camera;

/** Why a camera cannot scan; the screens turn each into a translated sentence. */
public enum CameraProblem {
    /** No camera is connected (or none answered). */
    NO_CAMERA,
    /** The camera driver, a native library, could not be loaded on this computer. */
    NO_DRIVER,
    /** The camera is open in another program (or another screen). */
    IN_USE,
    /** The camera stopped sending pictures while scanning: unplugged, or taken by the system. */
    LOST
}
