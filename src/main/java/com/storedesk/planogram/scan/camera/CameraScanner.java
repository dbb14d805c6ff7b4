package com.storedesk.planogram.scan.camera;

import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webcam as a scan source. {@link #start(String)} opens the camera on a thread of its own, which
 * grabs frames and hands the newest to a second thread that decodes it ({@link FrameDecoder}, several
 * codes per frame) and lets each label through once while it stays in view ({@link RepeatFilter}).
 * Listeners hear accepted codes, frames (for a preview) and {@link CameraState} changes on those
 * threads: they must be quick and must not call {@link #start} or {@link #stop} directly.
 *
 * <p>No camera, no driver, a camera in use or one that stops mid-scan is a {@link CameraState} with
 * its {@link CameraProblem}, never an exception; codes accepted before a camera stopped stay in
 * {@link #accepted()} and were already told to the listeners. Nothing here touches other scan sources.
 */
public final class CameraScanner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraScanner.class);

    private final CameraDevices devices;
    private final Function<BufferedImage, List<ScannedCode>> decoder;
    private final Supplier<RepeatFilter> filters;
    private final LongSupplier nanos;
    private final List<Consumer<ScannedCode>> codeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<BufferedImage>> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CameraState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<ScannedCode> accepted = new CopyOnWriteArrayList<>();
    private CameraState state = CameraState.stopped();
    private Session session;

    public CameraScanner(CameraDevices devices, FrameDecoder decoder) {
        this(devices, decoder::decode, RepeatFilter::new, System::nanoTime);
    }

    /**
     * @param decoder reads a frame's codes from left to right ({@link FrameDecoder#decode(BufferedImage)}
     *                but in tests, which also learn from it when a frame was read)
     * @param nanos   a monotonic clock stamping frames ({@link System#nanoTime()} but in tests)
     */
    public CameraScanner(CameraDevices devices, Function<BufferedImage, List<ScannedCode>> decoder,
            Supplier<RepeatFilter> filters, LongSupplier nanos) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.filters = Objects.requireNonNull(filters, "filters");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
    }

    /**
     * Opens the camera of that name (blank, null or one no longer connected: the first camera) and
     * scans until {@link #stop()}. Returns at once; a camera already scanning is stopped first.
     */
    public synchronized void start(String cameraName) {
        stop();
        accepted.clear();
        session = new Session(cameraName == null ? "" : cameraName.strip());
        publish(session, CameraState.starting());
        session.begin();
    }

    /** Stops scanning; returns at once (the camera is closed on its own thread). Codes accepted stay. */
    public synchronized void stop() {
        if (session != null) {
            session.running = false;
            session.frames.close();
            session = null;
        }
        if (state.phase() != CameraState.Phase.STOPPED && state.phase() != CameraState.Phase.FAILED) {
            setState(CameraState.stopped());
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized CameraState state() {
        return state;
    }

    /** The codes accepted since the last {@link #start}, in order, including those before a camera stopped. */
    public List<ScannedCode> accepted() {
        return List.copyOf(accepted);
    }

    /** Hears each accepted code; running the returned action stops it. */
    public Runnable onCode(Consumer<ScannedCode> listener) {
        return add(codeListeners, listener);
    }

    /** Hears every frame the camera gives, before it is decoded; for a preview, which drops what it cannot show. */
    public Runnable onFrame(Consumer<BufferedImage> listener) {
        return add(frameListeners, listener);
    }

    /** Hears each state change; the current state is told at once. */
    public Runnable onState(Consumer<CameraState> listener) {
        Runnable remove = add(stateListeners, listener);
        listener.accept(state());
        return remove;
    }

    private static <T> Runnable add(List<Consumer<T>> listeners, Consumer<T> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** Changes the state only if {@code from} is still the session in force: a stopped one is silent. */
    private synchronized boolean publish(Session from, CameraState next) {
        if (from != session) {
            return false;
        }
        setState(next);
        return true;
    }

    private void setState(CameraState next) {
        state = next;
        tell(stateListeners, next);
    }

    private static <T> void tell(List<Consumer<T>> listeners, T value) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                // One listener's failure does not stop the camera or the others.
                LOG.warn("A camera listener failed", e);
            }
        }
    }

    /** One start-to-stop run: a thread that grabs and a thread that decodes. */
    private final class Session {
        final String wanted;
        final LatestFrame frames = new LatestFrame();
        volatile boolean running = true;

        Session(String wanted) {
            this.wanted = wanted;
        }

        void begin() {
            daemon(this::grab, "camera-grab").start();
            daemon(this::decode, "camera-decode").start();
        }

        private void grab() {
            FrameGrabber grabber = null;
            try {
                grabber = devices.open(choose(devices.names()));
                if (!running || !publish(this, CameraState.scanning(grabber.name()))) {
                    return;
                }
                while (running) {
                    BufferedImage image = grabber.grab();
                    if (!running) {
                        break;
                    }
                    frames.put(image, nanos.getAsLong());
                    tell(frameListeners, image);
                }
            } catch (CameraException e) {
                LOG.info("Camera scanning ended: {} ({})", e.problem(), e.getMessage());
                publish(this, CameraState.failed(e.problem()));
            } catch (RuntimeException | LinkageError e) {
                // A native driver that fails in a way webcam-capture does not wrap: treated as no driver.
                LOG.warn("Camera driver failed", e);
                publish(this, CameraState.failed(CameraProblem.NO_DRIVER));
            } finally {
                frames.close();
                if (grabber != null) {
                    closeQuietly(grabber);
                }
            }
        }

        /** A camera of that name if it is connected, else the first one. */
        private String choose(List<String> names) throws CameraException {
            if (names.isEmpty()) {
                throw new CameraException(CameraProblem.NO_CAMERA, "No camera is connected");
            }
            return names.contains(wanted) ? wanted : names.get(0);
        }

        /**
         * Decodes until the grabber stops and the last frame it gave is read: when the camera was lost,
         * that frame's codes count too. After {@link #stop()} nothing more is told.
         */
        private void decode() {
            RepeatFilter filter = filters.get();
            try {
                for (LatestFrame.Frame frame = frames.take(); frame != null; frame = frames.take()) {
                    read(filter, frame);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void read(RepeatFilter filter, LatestFrame.Frame frame) {
            List<ScannedCode> codes;
            try {
                codes = filter.frame(decoder.apply(frame.image()), frame.nanos());
            } catch (RuntimeException e) {
                // One unreadable frame (an odd pixel format, say) does not end the scan.
                LOG.warn("A camera frame could not be decoded", e);
                return;
            }
            for (ScannedCode code : codes) {
                if (!running) {
                    return;
                }
                accepted.add(code);
                tell(codeListeners, code);
            }
        }
    }

    private static void closeQuietly(FrameGrabber grabber) {
        try {
            grabber.close();
        } catch (RuntimeException e) {
            LOG.warn("Camera did not close cleanly", e);
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        // A driver that never answers must not keep StoreDesk from exiting.
        thread.setDaemon(true);
        return thread;
    }
}
