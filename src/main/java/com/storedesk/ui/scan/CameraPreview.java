package com.storedesk.ui.scan;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.ScannedCode;
import com.storedesk.planogram.scan.camera.CameraScanner;
import com.storedesk.planogram.scan.camera.CameraState;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A camera's live picture with what it scans, for any screen that scans by webcam: the picture a few
 * times a second (the camera gives more; the FX thread is handed at most one picture at a time), a
 * banner with each accepted code and a beep, Start/Stop, and the camera's state in words, such as
 * "no camera". Accepted codes go to {@link #onCode} on the FX thread. {@link #stop()} closes the camera.
 */
public final class CameraPreview {

    /** Ten pictures a second are enough to aim by, and leave the FX thread to the screen. */
    private static final long FRAME_GAP_NANOS = 100_000_000L;
    private static final Duration BANNER = Duration.seconds(1.6);
    /** The copilot's picture width; the picture is always 16:9. */
    public static final double DEFAULT_WIDTH = 480;
    private static final int FRAME_PADDING = 8;

    private final CameraScanner scanner;
    private final Messages messages;
    private final ScanBeep beep;
    private final boolean sound;
    private final ReadOnlyObjectWrapper<CameraState> state = new ReadOnlyObjectWrapper<>(CameraState.stopped());
    private final AtomicReference<Image> pendingFrame = new AtomicReference<>();
    private final ImageView picture = new ImageView();
    private final Label placeholder = new Label();
    private final Label banner = new Label();
    private final PauseTransition bannerTime = new PauseTransition(BANNER);
    private final Button toggle = new Button();
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final VBox root;
    private final double width;
    private Consumer<ScannedCode> codes = code -> { };
    private String camera = "";
    private volatile long lastFrameNanos;
    /** Counts starts and stops: news from a camera run already stopped is not shown. */
    private int run;

    public CameraPreview(CameraScanner scanner, Messages messages, ScanBeep beep, boolean sound) {
        this(scanner, messages, beep, sound, DEFAULT_WIDTH);
    }

    /** {@code width}: of the picture's frame, for a narrow pane; its height keeps 16:9. */
    public CameraPreview(CameraScanner scanner, Messages messages, ScanBeep beep, boolean sound, double width) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("width " + width);
        }
        this.width = width;
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.beep = Objects.requireNonNull(beep, "beep");
        this.sound = sound;
        Label stateLine = new Label();
        stateLine.setId("camera-state");
        stateLine.setWrapText(true);
        stateLine.setMinHeight(Region.USE_PREF_SIZE);
        stateLine.textProperty().bind(state.map(s -> CameraStateText.of(s, messages)));
        state.addListener((obs, was, now) -> showState(now, stateLine));
        HBox.setHgrow(stateLine, Priority.ALWAYS);
        toggle.setId("camera-toggle");
        toggle.getStyleClass().add(Styles.LARGE);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> {
            if (state.get().active()) {
                stop();
            } else {
                start(camera);
            }
        });
        HBox controls = new HBox(12, stateLine, toggle);
        controls.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, screen(), controls);
        root.setId("camera-preview");
        bannerTime.setOnFinished(e -> banner.setVisible(false));
        showState(state.get(), stateLine);
    }

    public Node root() {
        return root;
    }

    public ReadOnlyObjectProperty<CameraState> state() {
        return state.getReadOnlyProperty();
    }

    /** Where accepted codes go, on the FX thread. */
    public void onCode(Consumer<ScannedCode> handler) {
        this.codes = Objects.requireNonNull(handler, "handler");
    }

    /** Opens that camera (blank: the first) and shows its picture. Call on the FX thread. */
    public void start(String cameraName) {
        camera = cameraName == null ? "" : cameraName;
        unsubscribe();
        int current = ++run;
        subscriptions.add(scanner.onState(s -> Platform.runLater(() -> {
            if (current == run) {
                state.set(s);
            }
        })));
        subscriptions.add(scanner.onFrame(this::frame));
        subscriptions.add(scanner.onCode(code -> accepted(code, current)));
        scanner.start(camera);
    }

    /** Closes the camera and clears the picture. Call on the FX thread. */
    public void stop() {
        run++;
        scanner.stop();
        unsubscribe();
        pendingFrame.set(null);
        picture.setImage(null);
        state.set(scanner.state());
    }

    private void unsubscribe() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    private Node screen() {
        picture.setId("camera-picture");
        picture.setPreserveRatio(true);
        double height = width * 9 / 16;
        // Inside the frame's 8 px padding, so the picture never covers its border.
        picture.setFitWidth(width - 2 * FRAME_PADDING);
        picture.setFitHeight(height - 2 * FRAME_PADDING);
        FontIcon off = new FontIcon(Feather.CAMERA_OFF);
        off.setIconSize(48);
        placeholder.setGraphic(off);
        banner.setId("camera-banner");
        banner.setGraphic(new FontIcon(Feather.CHECK));
        banner.getStyleClass().addAll(Styles.TITLE_3);
        banner.setStyle("-fx-background-color: -color-success-emphasis; -fx-text-fill: -color-fg-emphasis;"
                + " -fx-padding: 6 14 6 14; -fx-background-radius: 6;");
        banner.setVisible(false);
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);
        StackPane screen = new StackPane(placeholder, picture, banner);
        screen.setMinSize(width, height);
        screen.setPrefSize(width, height);
        screen.setMaxSize(width, height);
        screen.setStyle("-fx-background-color: -color-bg-inset; -fx-border-color: -color-border-default;"
                + " -fx-padding: " + FRAME_PADDING + ";");
        return screen;
    }

    private void showState(CameraState now, Label stateLine) {
        boolean active = now.active();
        toggle.setText(messages.get(active ? "camera.stop" : "camera.start"));
        toggle.setGraphic(new FontIcon(active ? Feather.STOP_CIRCLE : Feather.CAMERA));
        placeholder.setVisible(now.phase() != CameraState.Phase.SCANNING);
        // A problem in the warning colour, so it is read; other states quietly.
        stateLine.getStyleClass().removeAll(Styles.WARNING, Styles.TEXT_MUTED);
        stateLine.getStyleClass().add(now.phase() == CameraState.Phase.FAILED ? Styles.WARNING : Styles.TEXT_MUTED);
    }

    /** On the camera's thread: converts at most ten pictures a second and hands the newest over. */
    private void frame(BufferedImage image) {
        long now = System.nanoTime();
        if (now - lastFrameNanos < FRAME_GAP_NANOS) {
            return;
        }
        lastFrameNanos = now;
        if (pendingFrame.getAndSet(SwingFXUtils.toFXImage(image, null)) == null) {
            Platform.runLater(() -> {
                Image newest = pendingFrame.getAndSet(null);
                if (newest != null && state.get().active()) {
                    picture.setImage(newest);
                }
            });
        }
    }

    /** On the decoding thread: the beep at once, the banner and the handler on the FX thread. */
    private void accepted(ScannedCode code, int from) {
        if (sound) {
            beep.play();
        }
        Platform.runLater(() -> {
            if (from != run) {
                return;
            }
            banner.setText(code.text());
            banner.setVisible(true);
            bannerTime.playFromStart();
            codes.accept(code);
        });
    }
}
