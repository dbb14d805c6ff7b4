package com.storedesk.testing;

import com.storedesk.ui.Themes;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Puts a screen on the stage TestFX shares between test classes. Call on the FX thread. */
public final class TestStage {

    private TestStage() {
    }

    /**
     * A scene of {@code width} x {@code height} with the app's stylesheet, the stage sized to it
     * (another class may have sized the shared stage differently) and placed at the top left of the
     * 1280 x 800 headless screen, so the robot reaches every button. A stage first shown without a
     * scene has no position at all, and clicks on it go nowhere.
     */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        return scene;
    }

    /**
     * Scrolls the stage's page (a {@link ScrollPane} at the root) so the node {@code query} names is
     * at the top of the view, as far as the page goes, and waits for the layout.
     */
    public static void scrollTo(Stage stage, String query) {
        FxWait.runFx(() -> {
            ScrollPane page = (ScrollPane) stage.getScene().getRoot();
            page.layout();
            Node node = stage.getScene().lookup(query);
            double contentHeight = page.getContent().getBoundsInLocal().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            double top = node.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            page.setVvalue(Math.min(1, top / Math.max(1, contentHeight - viewport)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
