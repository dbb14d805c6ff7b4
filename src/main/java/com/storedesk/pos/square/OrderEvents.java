package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import java.util.ArrayList;
import java.util.List;

/** What one Square order is to StoreDesk, however it arrived: its sale (if it sold anything), then its returns. */
final class OrderEvents {

    private OrderEvents() {
    }

    static List<RetailEvent> of(String source, JsonNode order) {
        List<RetailEvent> events = new ArrayList<>();
        SaleMapper.sale(source, order).ifPresent(events::add);
        events.addAll(ReturnMapper.refunds(source, order));
        return events;
    }
}
