package com.storedesk.planogram.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.storedesk.planogram.scan.FrameDecoder;
import java.awt.Dimension;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real webcam-capture library on a computer without a camera (as the build machines are): it
 * says so as a state, within a bounded wait, and nothing crashes. Where the native driver does not
 * load (no Video4Linux) that is "no driver"; where it loads and finds nothing, "no camera".
 */
class WebcamDevicesTest {

    private static final Set<CameraProblem> UNAVAILABLE = Set.of(CameraProblem.NO_CAMERA, CameraProblem.NO_DRIVER);

    @Test
    void listingWithoutACameraIsAProblemNotACrash() {
        CameraException failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(() -> new WebcamDevices(Duration.ofSeconds(5)).names(), CameraException.class));

        assertThat(failure).as("this computer has no camera").isNotNull();
        assertThat(failure.problem()).isIn(UNAVAILABLE);
    }

    @Test
    void aScannerOnTheRealLibraryEndsInANoCameraState() {
        try (CameraScanner scanner = new CameraScanner(new WebcamDevices(Duration.ofSeconds(5)), new FrameDecoder())) {
            scanner.start(null);

            CameraScannerTest.until(() -> scanner.state().phase() == CameraState.Phase.FAILED);

            assertThat(scanner.state().problem()).hasValueSatisfying(problem -> assertThat(problem).isIn(UNAVAILABLE));
            assertThat(scanner.accepted()).isEmpty();
        }
    }

    @Test
    void theLargestSizeUpToHdIsChosen() {
        Dimension[] sizes = {new Dimension(320, 240), new Dimension(1280, 720), new Dimension(1920, 1080),
                new Dimension(640, 480)};

        assertThat(WebcamDevices.size(sizes)).isEqualTo(new Dimension(1280, 720));
        assertThat(WebcamDevices.size(new Dimension[] {new Dimension(1920, 1080), new Dimension(3840, 2160)}))
                .isEqualTo(new Dimension(1920, 1080));
        assertThat(WebcamDevices.size(null)).isEqualTo(new Dimension(640, 480));
    }
}
