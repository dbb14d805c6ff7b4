package com.storedesk.actions.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Rationale;

/** JSON of what a proposal carries; a change is read back as the record its type column names. */
final class ActionJson {

    // Parse errors never quote the stored text: a help request's conversation is a customer's business.
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    ActionChange change(ActionType type, String json) {
        Class<? extends ActionChange> record = switch (type) {
            case SALE_DISCOUNT -> ActionChange.SaleDiscount.class;
            case MARKDOWN -> ActionChange.Markdown.class;
            case PRICE_CHANGE -> ActionChange.PriceChange.class;
            case PURCHASE_ORDER -> ActionChange.PurchaseOrderDraft.class;
            case STOCK_ADJUSTMENT -> ActionChange.StockAdjustment.class;
            case ASSISTANCE -> ActionChange.AssistanceRequest.class;
        };
        return read(json, record);
    }

    Rationale rationale(String json) {
        return read(json, Rationale.class);
    }

    Evidence evidence(String json) {
        return read(json, Evidence.class);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
