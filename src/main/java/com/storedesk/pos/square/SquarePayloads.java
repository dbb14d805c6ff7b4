package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.SavedDocuments;
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

    private static final String LOCATION_ANSWER = "the location's own answer (GET /v2/locations/ID)";

    private StoreUpserted location;

    @Override
    public Reading read(JsonNode document) throws UnreadablePayloadException {
        if (!document.isObject()) {
            throw new UnreadablePayloadException("a Square answer is a JSON object");
        }
        SavedDocuments read = new SavedDocuments();
        SavedDocuments.mapped("Square", MalformedPayload.class, () -> map(document, read));
        return read.reading();
    }

    private void map(JsonNode document, SavedDocuments read) throws UnreadablePayloadException {
        if (document.path("errors").isArray()) {
            throw SavedDocuments.errorAnswer("Square", document.path("errors").path(0).path("code").asText("no code"));
        }
        JsonNode webhook = document.path("data").path("object");
        if (document.has("event_id") && webhook.isObject()) {
            notification(document.path("type").asText(""), webhook, read);
            return;
        }
        if (document.has("location")) {
            read.add(location(document.get("location")));
        }
        for (JsonNode each : PayloadFields.array(document, "locations")) {
            read.add(location(each));
        }
        if (document.has("team_members") || document.has("team_member")) {
            StoreUpserted here = requireLocation("team members");
            for (JsonNode member : SavedDocuments.listOrOne(document, "team_members", "team_member")) {
                read.add(TeamMemberMapper.employee(source(here.externalId()), here.externalId(), member));
            }
        }
        if (document.has("objects") || document.has("object") || document.has("catalog_object")) {
            read.addAll(catalog(document));
        }
        if (document.has("customers") || document.has("customer")) {
            StoreUpserted here = requireLocation("customers");
            for (JsonNode customer : SavedDocuments.listOrOne(document, "customers", "customer")) {
                read.add(CustomerMapper.customer(source(here.externalId()), customer));
            }
        }
        for (JsonNode count : SavedDocuments.listOrOne(document, "counts", "count")) {
            read.addAll(count(count));
        }
        for (JsonNode order : SavedDocuments.listOrOne(document, "orders", "order")) {
            read.addAll(order(order));
        }
        if (read.isEmpty() && !SavedDocuments.holdsList(document, "orders", "objects", "counts", "customers",
                "team_members", "locations") && !document.isEmpty()) {
            throw new UnreadablePayloadException("no Square object StoreDesk reads (location, team member, catalog,"
                    + " customer, inventory count or order) is in it");
        }
    }

    /** A webhook's body: what it carries whole is kept; one that only names an object waits for the next sync. */
    private void notification(String type, JsonNode object, SavedDocuments read) throws UnreadablePayloadException {
        if (type.isBlank()) {
            throw new UnreadablePayloadException("a Square notification without its type");
        }
        for (JsonNode count : PayloadFields.array(object, "inventory_counts")) {
            read.addAll(count(count));
        }
        if (object.has("customer")) {
            StoreUpserted here = requireLocation("a customer notification");
            read.add(CustomerMapper.customer(source(here.externalId()), object.get("customer")));
        }
        if (read.isEmpty()) {
            read.note(Kind.NAMES_ONLY, 1);
        }
    }

    private StoreUpserted location(JsonNode node) {
        String id = PayloadFields.text(node, "id", "location");
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
        String locationId = PayloadFields.text(count, "location_id", "inventory count");
        return InventoryMapper.count(source(locationId), locationId, count).<List<RetailEvent>>map(List::of)
                .orElse(List.of());
    }

    private List<RetailEvent> order(JsonNode order) {
        return OrderEvents.of(source(PayloadFields.text(order, "location_id", "order")), order);
    }

    private StoreUpserted requireLocation(String what) throws UnreadablePayloadException {
        return SavedDocuments.require(location, what, "location", LOCATION_ANSWER);
    }

    private static String source(String locationId) {
        return "square:" + locationId;
    }
}
