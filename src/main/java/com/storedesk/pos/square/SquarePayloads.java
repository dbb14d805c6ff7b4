package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.UnreadablePayloadException;
import java.util.ArrayList;
import java.util.List;

/**
 * Square's answers and webhook bodies, saved to files, as canonical events: the same mapping as
 * {@link SquareConnector}'s pull. Orders and inventory counts name their location; a catalog, team
 * or customer list does not, so it needs the location's own answer ({@code RetrieveLocation}) earlier
 * in the same import.
 */
public final class SquarePayloads implements SavedPayloads {

    private StoreUpserted location;

    @Override
    public List<RetailEvent> read(JsonNode document) throws UnreadablePayloadException {
        if (!document.isObject()) {
            throw new UnreadablePayloadException("a Square answer is a JSON object");
        }
        try {
            return map(document);
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw new UnreadablePayloadException("not as Square documents it: " + e.getMessage(), e);
        }
    }

    private List<RetailEvent> map(JsonNode document) throws UnreadablePayloadException {
        if (document.path("errors").isArray()) {
            throw new UnreadablePayloadException("an error answer from Square ("
                    + document.path("errors").path(0).path("code").asText("no code") + "), not data");
        }
        JsonNode webhook = document.path("data").path("object");
        if (document.has("event_id") && webhook.isObject()) {
            return notification(document.path("type").asText(""), webhook);
        }
        List<RetailEvent> events = new ArrayList<>();
        if (document.has("location")) {
            events.add(location(document.get("location")));
        }
        for (JsonNode each : SquareJson.array(document, "locations")) {
            events.add(location(each));
        }
        if (document.has("team_members") || document.has("team_member")) {
            StoreUpserted here = requireLocation("team members");
            for (JsonNode member : listOrOne(document, "team_members", "team_member")) {
                events.add(TeamMemberMapper.employee(source(here.externalId()), here.externalId(), member));
            }
        }
        if (document.has("objects") || document.has("object") || document.has("catalog_object")) {
            events.addAll(catalog(document));
        }
        if (document.has("customers") || document.has("customer")) {
            StoreUpserted here = requireLocation("customers");
            for (JsonNode customer : listOrOne(document, "customers", "customer")) {
                events.add(CustomerMapper.customer(source(here.externalId()), customer));
            }
        }
        for (JsonNode count : listOrOne(document, "counts", "count")) {
            events.addAll(count(count));
        }
        for (JsonNode order : listOrOne(document, "orders", "order")) {
            events.addAll(order(order));
        }
        if (events.isEmpty() && !knownEmptyAnswer(document)) {
            throw new UnreadablePayloadException("no Square object StoreDesk reads (location, team member, catalog,"
                    + " customer, inventory count or order) is in it");
        }
        return events;
    }

    /** A webhook's body: what it carries whole is kept; one that only names an object waits for the next sync. */
    private List<RetailEvent> notification(String type, JsonNode object) throws UnreadablePayloadException {
        List<RetailEvent> events = new ArrayList<>();
        for (JsonNode count : SquareJson.array(object, "inventory_counts")) {
            events.addAll(count(count));
        }
        if (object.has("customer")) {
            StoreUpserted here = requireLocation("a customer notification");
            events.add(CustomerMapper.customer(source(here.externalId()), object.get("customer")));
        }
        if (type.isBlank()) {
            throw new UnreadablePayloadException("a Square notification without its type");
        }
        return events;
    }

    private StoreUpserted location(JsonNode node) {
        String id = SquareJson.text(node, "id", "location");
        location = LocationMapper.store(source(id), node);
        return location;
    }

    private List<RetailEvent> catalog(JsonNode document) throws UnreadablePayloadException {
        StoreUpserted here = requireLocation("a catalog");
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("objects", document.has("objects") ? document.get("objects")
                : JsonNodeFactory.instance.arrayNode().add(document.has("object") ? document.get("object")
                        : document.get("catalog_object")));
        page.set("related_objects", document.path("related_objects").isArray() ? document.get("related_objects")
                : JsonNodeFactory.instance.arrayNode());
        CatalogMapper mapper = new CatalogMapper(source(here.externalId()), here.externalId(), here.currency());
        List<RetailEvent> products = new ArrayList<>(mapper.standIns());
        products.addAll(mapper.products(page));
        return products;
    }

    private List<RetailEvent> count(JsonNode count) {
        String locationId = SquareJson.text(count, "location_id", "inventory count");
        return InventoryMapper.count(source(locationId), locationId, count).<List<RetailEvent>>map(List::of)
                .orElse(List.of());
    }

    private List<RetailEvent> order(JsonNode order) {
        return OrderEvents.of(source(SquareJson.text(order, "location_id", "order")), order);
    }

    private StoreUpserted requireLocation(String what) throws UnreadablePayloadException {
        if (location == null) {
            throw new UnreadablePayloadException(what + " names no location: import the location's own answer"
                    + " (GET /v2/locations/ID) first, in the same command");
        }
        return location;
    }

    /** An answer whose list is simply empty (no orders changed since, say) is still Square's. */
    private static boolean knownEmptyAnswer(JsonNode document) {
        for (String list : List.of("orders", "objects", "counts", "customers", "team_members", "locations")) {
            if (document.path(list).isArray()) {
                return true;
            }
        }
        return document.isEmpty();
    }

    private static List<JsonNode> listOrOne(JsonNode document, String list, String one) {
        if (document.path(list).isArray()) {
            return SquareJson.array(document, list);
        }
        return document.path(one).isObject() ? List.of(document.get(one)) : List.of();
    }

    private static String source(String locationId) {
        return "square:" + locationId;
    }
}
