package com.storedesk.planogram.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import com.storedesk.testing.FakeCamera;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The webcam source, driven by a fake camera that plays real barcode photos frame by frame. */
class CameraScannerTest {

    private static final String FIRST = "8413000065504";
    private static final String SECOND = "8480010001136";
    /** 33 ms between frames, as a 30 fps camera. */
    private static final long FRAME_NANOS = 33_000_000L;

    private final BufferedImage first = FakeCamera.photo("barcodes/ean13-1/1.png");
    private final BufferedImage second = FakeCamera.photo("barcodes/ean13-1/10.png");
    private final BufferedImage nothing = FakeCamera.blank(640, 480);
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<CameraState> states = new CopyOnWriteArrayList<>();
    private CameraScanner scanner;

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.stop();
        }
    }

    @Test
    void aLabelHeldInViewCountsOnceAndAgainOnlyAfterItLeftView() {
        // Held for five frames, away for 30 (a second), then shown again.
        List<BufferedImage> frames = new ArrayList<>(Collections.nCopies(5, first));
        frames.addAll(Collections.nCopies(30, nothing));
        frames.addAll(Collections.nCopies(5, first));

        FakeCamera camera = play(frames);

        assertThat(heard).containsExactly(FIRST, FIRST);
        assertThat(texts(scanner.accepted())).containsExactly(FIRST, FIRST);
        assertThat(camera.isOpen()).as("the camera given back").isFalse();
    }

    @Test
    void severalLabelsInOneFrameAreEachAcceptedFromLeftToRight() {
        BufferedImage shelf = FakeCamera.sideBySide(second, first);

        play(Collections.nCopies(4, shelf));

        assertThat(heard).containsExactly(SECOND, FIRST);
    }

    @Test
    void aLabelSeenInASingleFrameIsNotTakenOnItsOwn() {
        play(List.of(nothing, first, nothing, nothing));

        assertThat(heard).isEmpty();
    }

    @Test
    void aCameraThatStopsMidScanSaysSoAndKeepsTheCodesAlreadyAccepted() {
        List<BufferedImage> frames = new ArrayList<>(Collections.nCopies(3, first));
        frames.addAll(Collections.nCopies(3, second));

        FakeCamera camera = play(frames);

        assertThat(scanner.state()).isEqualTo(CameraState.failed(CameraProblem.LOST));
        assertThat(texts(scanner.accepted())).containsExactly(FIRST, SECOND);
        assertThat(heard).containsExactly(FIRST, SECOND);
        assertThat(states).extracting(CameraState::phase).containsExactly(CameraState.Phase.STOPPED,
                CameraState.Phase.STARTING, CameraState.Phase.SCANNING, CameraState.Phase.FAILED);
        assertThat(camera.isOpen()).isFalse();
    }

    @Test
    void noCameraNoDriverOrACameraInUseIsAStateNotAnException() {
        for (CameraProblem problem : List.of(CameraProblem.NO_CAMERA, CameraProblem.NO_DRIVER, CameraProblem.IN_USE)) {
            scanner = new CameraScanner(FakeCamera.failing(problem), new FrameDecoder());
            scanner.start(null);
            until(() -> scanner.state().phase() == CameraState.Phase.FAILED);

            assertThat(scanner.state().problem()).contains(problem);
        }
    }

    @Test
    void stoppingClosesTheCameraAndTellsNothingMore() {
        FakeCamera camera = FakeCamera.holding(first);
        scanner = new CameraScanner(camera, new FrameDecoder());
        scanner.onCode(code -> heard.add(code.text()));
        scanner.start(FakeCamera.NAME);
        until(() -> !heard.isEmpty());

        scanner.stop();

        assertThat(scanner.state()).isEqualTo(CameraState.stopped());
        until(() -> !camera.isOpen());
        assertThat(heard).containsExactly(FIRST);
    }

    @Test
    void anUnknownCameraNameFallsBackToTheFirstCamera() {
        FakeCamera camera = FakeCamera.holding(first);
        scanner = new CameraScanner(camera, new FrameDecoder());
        scanner.start("A camera unplugged since");

        until(() -> scanner.state().phase() == CameraState.Phase.SCANNING);
        assertThat(scanner.state().camera()).contains(FakeCamera.NAME);
    }

    /** Plays the frames in lockstep with the decoder until the fake camera runs out. */
    private FakeCamera play(List<BufferedImage> frames) {
        FakeCamera camera = FakeCamera.playing(frames);
        AtomicLong clock = new AtomicLong();
        scanner = new CameraScanner(camera, camera.decodedBy(new FrameDecoder()), RepeatFilter::new,
                () -> clock.addAndGet(FRAME_NANOS));
        scanner.onCode(code -> heard.add(code.text()));
        scanner.onState(states::add);
        scanner.start(FakeCamera.NAME);
        until(() -> scanner.state().phase() == CameraState.Phase.FAILED && !camera.isOpen());
        return camera;
    }

    private static List<String> texts(List<ScannedCode> codes) {
        return codes.stream().map(ScannedCode::text).toList();
    }

    /** Waits for the scanner's threads; a bounded wait, so a hung camera fails the test instead of the build. */
    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 20 s", e);
        }
    }
}
