package com.storedesk.pos;

import com.storedesk.core.event.RetailEvent;
import java.util.List;

/**
 * One page of history.
 *
 * @param nextCursor where the next page starts; null when this was the last page
 * @param progress how much of the whole history has been delivered with this page, 0..1, or
 *     negative when the platform cannot tell
 */
public record HistoryPage(List<RetailEvent> events, String nextCursor, double progress) {

    public HistoryPage {
        events = List.copyOf(events);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
