package com.storedesk.testing;

import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraException;
import com.storedesk.planogram.scan.camera.CameraProblem;
import com.storedesk.planogram.scan.camera.FrameGrabber;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * A camera for tests that plays real pictures. {@link #playing} gives its frames one by one, each only
 * after the one before was decoded (through {@link #decodedBy}), then stops as an unplugged camera
 * does; {@link #holding} shows one picture over and over at about 30 frames a second, as a camera
 * held still in front of a card; {@link #failing} has no camera to give, for the reason given.
 */
public final class FakeCamera implements CameraDevices {

    public static final String NAME = "Test camera";

    private final List<BufferedImage> frames;
    private final boolean lockstep;
    private final Optional<CameraProblem> failure;
    private final Semaphore decoded = new Semaphore(1);
    private final AtomicBoolean open = new AtomicBoolean();

    private FakeCamera(List<BufferedImage> frames, boolean lockstep, Optional<CameraProblem> failure) {
        this.frames = frames;
        this.lockstep = lockstep;
        this.failure = failure;
    }

    public static FakeCamera playing(List<BufferedImage> frames) {
        return new FakeCamera(List.copyOf(frames), true, Optional.empty());
    }

    public static FakeCamera holding(BufferedImage frame) {
        return new FakeCamera(List.of(frame), false, Optional.empty());
    }

    public static FakeCamera failing(CameraProblem problem) {
        return new FakeCamera(List.of(), false, Optional.of(problem));
    }

    /** {@code decoder}, telling this camera when a frame was read, so the next one may come. */
    public Function<BufferedImage, List<ScannedCode>> decodedBy(FrameDecoder decoder) {
        return image -> {
            try {
                return decoder.decode(image);
            } finally {
                decoded.release();
            }
        };
    }

    public boolean isOpen() {
        return open.get();
    }

    @Override
    public List<String> names() throws CameraException {
        if (failure.isPresent()) {
            throw new CameraException(failure.get(), "fake");
        }
        return List.of(NAME);
    }

    @Override
    public FrameGrabber open(String name) throws CameraException {
        if (!NAME.equals(name)) {
            throw new CameraException(CameraProblem.NO_CAMERA, "fake: no camera " + name);
        }
        open.set(true);
        return new FrameGrabber() {
            private int next;

            @Override
            public String name() {
                return NAME;
            }

            @Override
            public BufferedImage grab() throws CameraException {
                try {
                    if (lockstep && !decoded.tryAcquire(30, TimeUnit.SECONDS)) {
                        throw new AssertionError("the scanner never decoded the frame before");
                    }
                    if (!lockstep) {
                        Thread.sleep(33);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CameraException(CameraProblem.LOST, "fake: interrupted", e);
                }
                if (lockstep && next >= frames.size()) {
                    throw new CameraException(CameraProblem.LOST, "fake: unplugged");
                }
                return frames.get(lockstep ? next++ : 0);
            }

            @Override
            public void close() {
                open.set(false);
            }
        };
    }

    /** A barcode photo of the test resources, such as {@code barcodes/ean13-1/1.png}. */
    public static BufferedImage photo(String resource) {
        try (InputStream in = FakeCamera.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pictures side by side on one frame, as labels next to each other on a shelf. */
    public static BufferedImage sideBySide(BufferedImage... images) {
        int width = 0;
        int height = 0;
        for (BufferedImage image : images) {
            width += image.getWidth();
            height = Math.max(height, image.getHeight());
        }
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, x, 0, null);
            x += image.getWidth();
        }
        g.dispose();
        return frame;
    }

    /** A frame with nothing to read: the camera pointed away. */
    public static BufferedImage blank(int width, int height) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new java.awt.Color(200, 200, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return frame;
    }
}
