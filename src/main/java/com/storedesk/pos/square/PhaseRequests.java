package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ConnectorException;
import java.time.Instant;

/**
 * The request each phase sends. A phase's body depends only on the pass's bounds and the
 * location, never on the page, so asking for the next page repeats the original query with
 * Square's cursor added, as Square requires.
 */
final class PhaseRequests {

    static final int TEAM_PAGE = 200;
    static final int CATALOG_PAGE = 1000;
    static final int CUSTOMER_PAGE = 100;
    static final int INVENTORY_PAGE = 1000;
    static final int ORDER_PAGE = 500;

    private final SquareApi api;
    private final String locationId;

    PhaseRequests(SquareApi api, String locationId) {
        this.api = api;
        this.locationId = locationId;
    }

    JsonNode fetch(SyncCursor at) throws ConnectorException {
        if (at.phase() == Phase.LOCATION) {
            return location();
        }
        ObjectNode body = body(at);
        if (at.page() != null) {
            body.put("cursor", at.page());
        }
        return api.post(at.phase().endpoint, path(at.phase()), body);
    }

    JsonNode location() throws ConnectorException {
        return api.get(Phase.LOCATION.endpoint, "/v2/locations/" + locationId);
    }

    private static String path(Phase phase) {
        return switch (phase) {
            case LOCATION -> throw new IllegalArgumentException("RetrieveLocation is a GET");
            case TEAM -> "/v2/team-members/search";
            case CATALOG -> "/v2/catalog/search";
            case CUSTOMERS -> "/v2/customers/search";
            case INVENTORY -> "/v2/inventory/counts/batch-retrieve";
            case ORDERS -> "/v2/orders/search";
        };
    }

    /** The query of the phase, without a cursor. */
    ObjectNode body(SyncCursor at) {
        ObjectNode body = SquareApi.object();
        Instant since = at.since();
        switch (at.phase()) {
            case TEAM -> {
                body.put("limit", TEAM_PAGE);
                body.putObject("query").putObject("filter").putArray("location_ids").add(locationId);
            }
            case CATALOG -> {
                body.putArray("object_types").add("ITEM");
                body.put("include_related_objects", true);
                body.put("limit", CATALOG_PAGE);
                if (since != null) {
                    // Deleted items are news on a later pass: their products become inactive.
                    body.put("begin_time", since.toString());
                    body.put("include_deleted_objects", true);
                }
            }
            case CUSTOMERS -> {
                body.put("limit", CUSTOMER_PAGE);
                if (since != null) {
                    ObjectNode query = body.putObject("query");
                    query.putObject("filter").putObject("updated_at").put("start_at", since.toString());
                    query.putObject("sort").put("field", "CREATED_AT").put("order", "ASC");
                }
            }
            case INVENTORY -> {
                body.putArray("location_ids").add(locationId);
                body.putArray("states").add("IN_STOCK");
                body.put("limit", INVENTORY_PAGE);
                if (since != null) {
                    body.put("updated_after", since.toString());
                }
            }
            case ORDERS -> orders(body, at);
            case LOCATION -> throw new IllegalArgumentException("RetrieveLocation has no body");
        }
        return body;
    }

    /**
     * Completed orders of the location updated within the pass, oldest update first. Square
     * requires the sort field to be the field the time filter uses.
     */
    private void orders(ObjectNode body, SyncCursor at) {
        body.putArray("location_ids").add(locationId);
        body.put("limit", ORDER_PAGE);
        body.put("return_entries", false);
        ObjectNode query = body.putObject("query");
        ObjectNode filter = query.putObject("filter");
        filter.putObject("state_filter").putArray("states").add("COMPLETED");
        ObjectNode updated = filter.putObject("date_time_filter").putObject("updated_at");
        if (at.since() != null) {
            updated.put("start_at", at.since().toString());
        }
        updated.put("end_at", at.until().toString());
        query.putObject("sort").put("sort_field", "UPDATED_AT").put("sort_order", "ASC");
    }
}
