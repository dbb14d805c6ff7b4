package com.storedesk.pos;

import com.storedesk.core.event.RetailEvent;
import java.util.List;

/**
 * One page of history.
 *
 * @param nextCursor where the next page starts; null when this was the last page
 * @param progress how much of the whole history has been delivered with this page, 0..1, or
 *     negative when the platform cannot tell
 * @param resumeCursor on the last page only: where a later run starts (a platform pulled by a
 *     moving watermark begins its next pass there); null to ask for this last page again
 */
public record HistoryPage(List<RetailEvent> events, String nextCursor, double progress, String resumeCursor) {

    public HistoryPage {
        events = List.copyOf(events);
        if (nextCursor != null && resumeCursor != null) {
            throw new IllegalArgumentException("only a last page names where a later run resumes");
        }
    }

    public HistoryPage(List<RetailEvent> events, String nextCursor, double progress) {
        this(events, nextCursor, progress, null);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
