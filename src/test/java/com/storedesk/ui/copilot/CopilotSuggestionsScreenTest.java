package com.storedesk.ui.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.BasketFactsRepository;
import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.StoreStock;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.basket.CustomerOffers;
import com.storedesk.insight.basket.NextBestOffers;
import com.storedesk.insight.basket.Offer;
import com.storedesk.insight.basket.OfferReason;
import com.storedesk.insight.basket.ReceiptSummary;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The copilot's next-best-offers and visit summaries on a kiosk, for a member of the demo chain. */
@ExtendWith(ApplicationExtension.class)
class CopilotSuggestionsScreenTest {

    /** The first read builds the chain's basket statistics: seconds on a loaded machine. */
    private static final int FIRST_READ_SECONDS = 120;

    private Stage stage;
    private BackgroundTasks tasks;

    /** Opening the copilot starts the knowledge index; no test run ends while its model is still loading. */
    @AfterAll
    static void waitForTheKnowledgeIndex() {
        SeededDemo.context().knowledge().start().join();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMemberGetsOffersInStockHereWithReasonsAndEachVisitItsBasket(Language language, FxRobot robot)
            throws SQLException {
        AppContext context = SeededDemo.context();
        String card = occasionalMembersCard(context);
        // No kiosk store in Settings: the offers are for the store of the member's latest visit.
        StoreSummary store = latestVisitsStore(context, card);
        show(context, language);

        scan(robot, card);
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));
        FxWait.until(FIRST_READ_SECONDS, () -> !texts(".offer-product").isEmpty());

        Messages messages = new Messages(language);
        Formats formats = new Formats(messages);
        CustomerOffers expected = context.basketInsight().offers()
                .offers(context.session(), store, card, NextBestOffers.DEFAULT_LIMIT).orElseThrow();
        assertThat(texts(".offer-product"))
                .containsExactlyElementsOf(expected.offers().stream().map(o -> o.product().name()).toList());
        assertThat(expected.offers()).as("an offer that is not a re-buy")
                .anyMatch(o -> o.reason().kind() != OfferReason.Kind.BUYS_AGAIN);
        assertThat(texts("#copilot-offers-store").get(0))
                .isEqualTo(messages.get("copilot.suggested.store", store.code(), store.name()));

        Set<Long> bought = boughtProducts(context, card);
        BasketFactsRepository facts = new BasketFactsRepository(context.database());
        BasketText words = new BasketText(messages);
        List<String> stock = texts(".offer-stock");
        List<String> reasons = texts(".offer-reason");
        List<String> scripts = texts(".offer-script");
        for (int i = 0; i < expected.offers().size(); i++) {
            Offer offer = expected.offers().get(i);
            if (offer.reason().kind() != OfferReason.Kind.BUYS_AGAIN) {
                assertThat(bought).as("a new product for the member").doesNotContain(offer.product().id());
            }
            assertThat(reasons.get(i)).isEqualTo(words.reason(offer));
            assertThat(scripts.get(i)).isEqualTo(words.script(offer)).contains(offer.product().name());
            List<StoreStock> levels = facts.stock(List.of(offer.product().id()));
            if (offer.inStock()) {
                BigDecimal here = levels.stream().filter(l -> l.storeId() == store.id()).findFirst().orElseThrow()
                        .onHand();
                assertThat(here.signum()).isPositive();
                assertThat(stock.get(i)).isEqualToIgnoringCase(messages.get("offers.stock.here", quantity(formats, here)));
            } else {
                for (StoreStock level : levels) {
                    if (level.storeId() != store.id() && level.onHand().signum() > 0) {
                        assertThat(stock.get(i)).contains(
                                messages.get("offers.stock.at", level.storeCode(), quantity(formats, level.onHand())));
                    }
                }
            }
        }

        // Each of the five latest visits says what its basket was for and what would have gone with it.
        FxWait.until(() -> texts(".visit-basket").size() == 5);
        long latestSale = latestSale(context, card);
        ReceiptSummary latest = context.basketInsight().receipts().summary(context.session(), latestSale)
                .orElseThrow();
        assertThat(texts(".visit-basket").get(0)).isEqualToIgnoringCase(words.label(latest.label()));
        assertThat(texts(".visit-add-on").get(0)).isEqualTo(
                latest.addOn().map(words::addOn).orElse(messages.get("receipt.addOn.none")));
        latest.addOn().ifPresent(addOn -> assertThat(latest.items()).extracting(CatalogItem::id)
                .doesNotContain(addOn.product().id()));

        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        scrollTo("#copilot-offers");
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-suggested-kiosk-" + language.tag())))
                .isRegularFile();
        scrollTo("#copilot-purchases");
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-visits-kiosk-" + language.tag())))
                .isRegularFile();

        // The next customer starts without this one's suggestions.
        FxWait.runFx(() -> robot.lookup("#copilot-clear").queryAs(Button.class).fire());
        assertThat(robot.lookup("#copilot-offers").tryQuery()).isEmpty();
        assertThat(robot.lookup(".visit-basket").tryQuery()).isEmpty();
    }

    private static String quantity(Formats formats, BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= 0 ? formats.integer(quantity.longValue())
                : formats.decimal(quantity.doubleValue(), 3);
    }

    private List<String> texts(String query) {
        return FxWait.onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : stage.getScene().getRoot().lookupAll(query)) {
                found.add(((Label) node).getText());
            }
            return found;
        });
    }

    /** Brings the node {@code query} names to the top of the kiosk's page, as far as the page goes. */
    private void scrollTo(String query) {
        FxWait.runFx(() -> {
            ScrollPane page = (ScrollPane) stage.getScene().lookup("#copilot-screen");
            page.layout();
            Node node = stage.getScene().lookup(query).getParent();
            double contentHeight = page.getContent().getBoundsInLocal().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            double top = node.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            page.setVvalue(Math.min(1, top / Math.max(1, contentHeight - viewport)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void scan(FxRobot robot, String card) {
        FxWait.runFx(() -> {
            TextField search = robot.lookup("#copilot-search").queryAs(TextField.class);
            search.setText(card);
            search.fireEvent(new javafx.event.ActionEvent());
        });
    }

    private void show(AppContext context, Language language) {
        // Two, as the window has.
        tasks = BackgroundTasks.withThreads(2);
        UiContext ui = new UiContext(context, new Messages(language), tasks, new RecordingShell());
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            CopilotController copilot = new CopilotController(ui);
            // As the shell shows it on a kiosk: larger text and touch targets.
            StackPane kiosk = new StackPane(copilot.view());
            kiosk.getStyleClass().add("kiosk");
            TestStage.show(stage, (Parent) kiosk, 1280, 800);
            copilot.onActivate();
        });
    }

    /** A member with a handful of visits, whose history leaves most of the shop to offer. */
    private static String occasionalMembersCard(AppContext context) throws SQLException {
        return strings(context, "SELECT c.loyalty_id FROM customer c JOIN sale s ON s.customer_id = c.id"
                + " WHERE c.loyalty_id IS NOT NULL AND s.status = 'COMPLETED' GROUP BY c.loyalty_id"
                + " HAVING COUNT(*) BETWEEN 6 AND 8 ORDER BY c.loyalty_id", null).get(0);
    }

    private static StoreSummary latestVisitsStore(AppContext context, String card) throws SQLException {
        long storeId = Long.parseLong(strings(context, "SELECT s.store_id FROM sale s JOIN customer c ON c.id = s.customer_id"
                + " WHERE c.loyalty_id = ? AND s.status = 'COMPLETED' ORDER BY s.occurred_at DESC", card).get(0));
        return context.stores().listStores().stream().filter(s -> s.id() == storeId).findFirst().orElseThrow();
    }

    private static long latestSale(AppContext context, String card) throws SQLException {
        return Long.parseLong(strings(context, "SELECT s.id FROM sale s JOIN customer c ON c.id = s.customer_id"
                + " WHERE c.loyalty_id = ? AND s.status = 'COMPLETED' ORDER BY s.occurred_at DESC", card).get(0));
    }

    private static Set<Long> boughtProducts(AppContext context, String card) throws SQLException {
        Set<Long> products = new HashSet<>();
        for (String id : strings(context, "SELECT DISTINCT l.product_id FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                + " JOIN customer c ON c.id = s.customer_id WHERE c.loyalty_id = ?", card)) {
            products.add(Long.parseLong(id));
        }
        return products;
    }

    private static List<String> strings(AppContext context, String sql, String parameter) throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
            return values;
        }
    }
}
