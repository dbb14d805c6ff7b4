package com.storedesk.ui.planogram;

import com.storedesk.planogram.scan.CodeSource;
import com.storedesk.ui.scan.CameraPreview;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The webcam as one of the check's code sources. Started with the screen it only listens: the camera
 * itself opens when the associate turns it on ({@link #open()}), since a camera light that comes on
 * by merely visiting the screen would surprise people and hold the camera from the copilot. Each code
 * the preview accepts goes where a handheld scan goes. Stopping closes the camera.
 */
final class CameraCodes implements CodeSource {

    private final CameraPreview preview;
    private final Supplier<String> cameraName;
    private Consumer<String> codes;

    /** {@code cameraName}: the camera chosen in Settings when the camera is turned on, blank for the first. */
    CameraCodes(CameraPreview preview, Supplier<String> cameraName) {
        this.preview = preview;
        this.cameraName = cameraName;
        preview.onCode(code -> {
            if (codes != null) {
                codes.accept(code.text());
            }
        });
    }

    CameraPreview preview() {
        return preview;
    }

    @Override
    public void start(Consumer<String> codes) {
        this.codes = codes;
    }

    /** Opens the chosen camera; its problems (none, no driver, in use) show in the preview's state line. */
    void open() {
        preview.start(cameraName.get());
    }

    /** Closes the camera; the codes it gave stay with the check. */
    void close() {
        preview.stop();
    }

    @Override
    public void stop() {
        close();
        codes = null;
    }
}
