package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShopifyCursorTest {

    private static final Instant SINCE = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-03-15T12:00:00.123Z");

    @Test
    void shopifysOwnCursorSurvivesVerbatimWhateverItHolds() {
        SyncCursor cursor = new SyncCursor(Phase.ORDERS, SINCE, UNTIL, "eyJ8|fQ==|");

        assertThat(SyncCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).isEqualTo("sh1|ORDERS|2025-03-01T00:00:00Z|2025-03-15T12:00:00.123Z|eyJ8|fQ==|");
    }

    @Test
    void aPassGoesThroughEveryPhaseThenPointsAtTheNextPass() {
        StringBuilder phases = new StringBuilder();
        SyncCursor last = null;
        for (SyncCursor at = SyncCursor.firstPass(UNTIL); at != null; at = at.nextPhase()) {
            phases.append(at.phase()).append(' ');
            last = at;
        }
        assertThat(phases.toString().trim()).isEqualTo("LOCATION STAFF PRODUCTS CUSTOMERS INVENTORY ORDERS");
        SyncCursor next = last.followingPass();
        assertThat(next).isEqualTo(new SyncCursor(Phase.LOCATION, UNTIL.minus(SyncCursor.OVERLAP), null, null));
        assertThat(SyncCursor.parse(next.encode())).isEqualTo(next);
        assertThat(next.started(UNTIL.plusSeconds(60)).until()).isEqualTo(UNTIL.plusSeconds(60));
    }

    @Test
    void aCursorFromElsewhereIsRefused() {
        assertThatThrownBy(() -> SyncCursor.parse("sq1|ORDERS|-|-|")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncCursor.parse("sh1|NOPE|-|-|")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncCursor.parse("sh1|ORDERS|yesterday|-|")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsTakeALocationNumberOrGidAndNeverPrintTheToken() {
        ShopifySettings settings = ShopifySettings.of("JSmith.myshopify.com", "shpat_secret", "655441491");

        assertThat(settings.shop()).isEqualTo("jsmith");
        assertThat(settings.locationId()).isEqualTo("gid://shopify/Location/655441491");
        assertThat(settings.endpoint()).isEqualTo("https://jsmith.myshopify.com/admin/api/2026-01/graphql.json");
        assertThat(settings.toString()).doesNotContain("shpat_secret");
        assertThatThrownBy(() -> ShopifySettings.of("jsmith", "t", "gid://shopify/Order/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
