package com.storedesk.planogram.scan.camera;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import com.github.sarxos.webcam.WebcamLockException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * The computer's cameras through webcam-capture, whose default driver is a native library that
 * BridJ loads on first use. Every way that can fail (no library for this system, no camera, a
 * camera another program holds, one unplugged while scanning) becomes a {@link CameraException}
 * with its {@link CameraProblem}; nothing of webcam-capture leaks past this class.
 */
public final class WebcamDevices implements CameraDevices {

    /** How long listing waits for the driver: some answer slowly, a broken one never. */
    public static final Duration DISCOVERY = Duration.ofSeconds(10);
    /** Wide enough for shelf labels at arm's length, small enough to decode every frame. */
    static final Dimension PREFERRED = new Dimension(1280, 720);
    /** A camera that gives this many empty pictures in a row has stopped. */
    private static final int EMPTY_FRAMES = 50;

    private final Duration discovery;

    public WebcamDevices() {
        this(DISCOVERY);
    }

    public WebcamDevices(Duration discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    @Override
    public List<String> names() throws CameraException {
        return webcams().stream().map(Webcam::getName).toList();
    }

    @Override
    public FrameGrabber open(String name) throws CameraException {
        Webcam webcam = webcams().stream().filter(w -> w.getName().equals(name)).findFirst()
                .orElseThrow(() -> new CameraException(CameraProblem.NO_CAMERA, "The camera is no longer connected"));
        if (webcam.isOpen()) {
            // webcam-capture shares one object per camera within this program: another screen has it.
            throw new CameraException(CameraProblem.IN_USE, "The camera is open elsewhere in StoreDesk");
        }
        try {
            webcam.setViewSize(size(webcam.getViewSizes()));
            if (!webcam.open()) {
                throw new CameraException(CameraProblem.IN_USE, "The camera did not open");
            }
        } catch (WebcamLockException e) {
            throw new CameraException(CameraProblem.IN_USE, "Another program holds the camera", e);
        } catch (WebcamException | IllegalStateException e) {
            throw new CameraException(CameraProblem.IN_USE, "The camera could not be opened", e);
        }
        return new WebcamGrabber(webcam);
    }

    private List<Webcam> webcams() throws CameraException {
        List<Webcam> webcams;
        try {
            webcams = Webcam.getWebcams(discovery.toMillis());
        } catch (TimeoutException e) {
            throw new CameraException(CameraProblem.NO_CAMERA, "No camera answered in " + discovery.toSeconds() + " s", e);
        } catch (WebcamException | LinkageError e) {
            // The native grabber's library is missing or does not load here (no Video4Linux, say).
            throw new CameraException(CameraProblem.NO_DRIVER, "The camera driver could not be loaded", e);
        }
        if (webcams == null || webcams.isEmpty()) {
            throw new CameraException(CameraProblem.NO_CAMERA, "No camera is connected");
        }
        return webcams;
    }

    /** The largest size up to {@link #PREFERRED}, else the smallest the camera has. */
    static Dimension size(Dimension[] sizes) {
        List<Dimension> all = sizes == null ? List.of() : List.of(sizes);
        Comparator<Dimension> area = Comparator.comparingLong(d -> (long) d.width * d.height);
        return all.stream().filter(d -> d.width <= PREFERRED.width && d.height <= PREFERRED.height).max(area)
                .or(() -> all.stream().min(area)).orElse(new Dimension(640, 480));
    }

    private static final class WebcamGrabber implements FrameGrabber {
        private final Webcam webcam;

        WebcamGrabber(Webcam webcam) {
            this.webcam = webcam;
        }

        @Override
        public String name() {
            return webcam.getName();
        }

        @Override
        public BufferedImage grab() throws CameraException {
            for (int empty = 0; empty < EMPTY_FRAMES; empty++) {
                BufferedImage image;
                try {
                    image = webcam.isOpen() ? webcam.getImage() : null;
                } catch (WebcamException e) {
                    throw new CameraException(CameraProblem.LOST, "The camera stopped", e);
                }
                if (image != null) {
                    return image;
                }
                if (!webcam.isOpen()) {
                    break;
                }
                pause();
            }
            throw new CameraException(CameraProblem.LOST, "The camera stopped sending pictures");
        }

        private static void pause() throws CameraException {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CameraException(CameraProblem.LOST, "Interrupted while waiting for the camera", e);
            }
        }

        @Override
        public void close() {
            webcam.close();
        }
    }
}
