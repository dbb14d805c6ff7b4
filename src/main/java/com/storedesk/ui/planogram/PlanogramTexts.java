package com.storedesk.ui.planogram;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.PlanogramText;
import com.storedesk.planogram.match.Correction;
import com.storedesk.planogram.match.Place;
import com.storedesk.planogram.match.SurplusItem;
import com.storedesk.planogram.match.UnexpectedCode;
import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.PlanogramPosition;
import com.storedesk.planogram.store.CheckException;
import com.storedesk.planogram.store.VersionInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/** The planogram screen's words: statuses, versions and what to do after a check. */
final class PlanogramTexts {

    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;
    private final PlanogramText planogramText;
    /** The shared sentences name SKUs and places, never the GTIN: any valid one stands in. */
    private static final Gtin PLACEHOLDER_GTIN = Gtin.parse("00000000").orElseThrow();

    PlanogramTexts(Messages messages, Formats formats, ZoneId zone) {
        this.messages = messages;
        this.formats = formats;
        this.zone = zone;
        this.planogramText = new PlanogramText(messages);
    }

    String version(VersionInfo version) {
        return messages.get("planogram.screen.versionLabel", version.number(),
                formats.date(version.createdAt().atZone(zone).toLocalDate()), version.createdBy());
    }

    /** Empty before a check; the words always say what the colour shows. */
    String status(PositionRow row) {
        if (row.status() == null) {
            return "";
        }
        return switch (row.status()) {
            case CORRECT -> messages.get("planogram.screen.status.correct");
            case MISPLACED -> messages.get("planogram.screen.status.misplaced", row.foundAt().shelf(),
                    row.foundAt().position());
            case MISSING -> messages.get("planogram.screen.status.missing");
        };
    }

    /** What to do, with the stock's hint for a missing product: refill from the back room, or reorder. */
    String exception(CheckException exception) {
        if (exception.kind() == CheckException.Kind.FILL && exception.hint() != null) {
            return switch (exception.hint()) {
                case REFILL -> messages.get("planogram.screen.exception.refill", exception.shelf(),
                        exception.position(), exception.sku(), formats.decimal(exception.onHand().doubleValue(), 0));
                case REORDER -> messages.get("planogram.screen.exception.reorder", exception.shelf(),
                        exception.position(), exception.sku());
            };
        }
        return planogramText.correction(correction(exception));
    }

    /** Each shelf's score, top shelf first; one shelf's words wrap as a whole ("Shelf 3: 75 %"), never inside. */
    String shelfScores(Map<Integer, Double> byShelf) {
        return String.join("   ", new TreeMap<>(byShelf).entrySet().stream()
                .map(e -> messages.get("planogram.screen.check.shelfScore", e.getKey(), percent(e.getValue()))
                        .replace(' ', '\u00a0'))
                .toList());
    }

    String percent(double score) {
        return formats.percent(score);
    }

    String when(Instant at) {
        return formats.dateTime(at, zone);
    }

    /** The stored facts back as the correction the shared sentences are written for. */
    private static Correction correction(CheckException e) {
        PlanogramPosition at = new PlanogramPosition(e.shelf(), e.position(), e.sku() == null ? "" : e.sku(),
                PLACEHOLDER_GTIN, 1);
        return switch (e.kind()) {
            case MOVE -> new Correction.Move(at, new Place(e.fromShelf(), e.fromPosition()));
            case FILL -> new Correction.Fill(at);
            case REMOVE -> new Correction.Remove(new UnexpectedCode(new Place(e.shelf(), e.position()), e.code()));
            case SURPLUS -> new Correction.RemoveSurplus(new SurplusItem(new Place(e.fromShelf(), e.fromPosition()),
                    at));
        };
    }

}
