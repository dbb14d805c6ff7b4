package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.SavedDocuments;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.UnreadablePayloadException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clover's REST v3 answers and webhook bodies, saved to files, as canonical events: the same mapping
 * as {@link CloverConnector}'s pull. Orders (with lineItems, payments and refunds expanded), item stocks,
 * employees and customers name their merchant in their {@code href}s; items carry prices in the
 * merchant's currency, so they need the merchant's own answer earlier in the same import. An item
 * stock has no time of its own: it counts as of the import, as a pulled one counts as of the pass.
 *
 * <p>Clover's webhook bodies only name objects ({@code O:<orderId>}): nothing to keep, the next sync
 * brings them. The request that confirms a webhook address carries no store data either.
 */
public final class CloverPayloads implements SavedPayloads {

    private static final String MERCHANT_ANSWER = "the merchant's own answer"
            + " (GET /v3/merchants/{mId}?expand=address,properties)";
    private static final Pattern MERCHANT_HREF = Pattern.compile("/v3/merchants/([A-Za-z0-9]+)(?:/([a-z_]+))?");

    private final Clock clock;
    private StoreUpserted merchant;
    /** Whether the document being read has given the custom-amount stand-in already. */
    private boolean standInGiven;

    public CloverPayloads(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a Clover object is, from its href or, lacking one, its fields. */
    private enum Type { MERCHANT, ORDER, ITEM, ITEM_STOCK, EMPLOYEE, CUSTOMER }

    @Override
    public Reading read(JsonNode document) throws UnreadablePayloadException {
        if (!document.isObject()) {
            throw new UnreadablePayloadException("a Clover answer is a JSON object");
        }
        SavedDocuments read = new SavedDocuments();
        standInGiven = false;
        StoreUpserted merchantBefore = merchant;
        try {
            SavedDocuments.mapped("Clover", MalformedPayload.class, () -> map(document, read));
        } catch (UnreadablePayloadException | RuntimeException e) {
            merchant = merchantBefore;
            throw e;
        }
        return read.reading();
    }

    private void map(JsonNode document, SavedDocuments read) throws UnreadablePayloadException {
        if (document.has("verificationCode") && document.size() == 1) {
            read.note(Kind.VERIFICATION_REQUEST, 1);
            return;
        }
        if (document.path("merchants").isObject() && document.has("appId")) {
            read.note(Kind.NAMES_ONLY, namedObjects(document.get("merchants")));
            return;
        }
        if (document.has("message") && !document.has("id") && !document.has("elements")) {
            throw SavedDocuments.errorAnswer("Clover", status(document.path("message").asText("")));
        }
        if (document.has("elements")) {
            List<JsonNode> elements = SavedDocuments.listOrOne(document, "elements", "elements");
            if (!document.path("elements").isArray()) {
                throw new UnreadablePayloadException("elements is not a list");
            }
            Type listed = typeOf(document.path("href").asText(""));
            for (JsonNode element : elements) {
                one(listed != null ? listed : type(element), element, merchantOf(document), read);
            }
            return;
        }
        one(type(document), document, null, read);
    }

    private void one(Type type, JsonNode object, String listMerchant, SavedDocuments read)
            throws UnreadablePayloadException {
        String merchantId = merchantOf(object);
        if (merchantId == null) {
            merchantId = listMerchant;
        }
        switch (type) {
            case MERCHANT -> {
                String id = PayloadFields.text(object, "id", "merchant");
                merchant = MerchantMapper.store(source(id), object);
                read.add(merchant);
            }
            case ITEM -> {
                StoreUpserted here = SavedDocuments.require(merchant, "an item", "merchant currency", MERCHANT_ANSWER);
                if (!standInGiven) {
                    read.add(ItemMapper.customAmount(source(here.externalId()), here.currency()));
                    standInGiven = true;
                }
                read.add(ItemMapper.product(source(here.externalId()), here.currency(), object));
            }
            case ORDER -> order(object, merchant(merchantId, "an order"), read);
            case ITEM_STOCK -> {
                String id = merchant(merchantId, "an item stock");
                read.add(StockMapper.count(source(id), id, clock.instant(), object));
            }
            case EMPLOYEE -> {
                String id = merchant(merchantId, "an employee");
                read.add(EmployeeMapper.employee(source(id), id, object));
            }
            case CUSTOMER -> read.add(CustomerMapper.customer(source(merchant(merchantId, "a customer")), object));
        }
    }

    private static void order(JsonNode order, String merchantId, SavedDocuments read) {
        SaleRecorded sale = OrderMapper.sale(source(merchantId), merchantId, order).orElse(null);
        if (sale == null) {
            read.note(Kind.NOT_A_SALE, 1);
        } else {
            read.add(sale);
        }
        read.addAll(RefundMapper.refunds(source(merchantId), merchantId, order, sale));
    }

    /** The merchant the object's href names, else the one whose answer came earlier. */
    private String merchant(String named, String what) throws UnreadablePayloadException {
        if (named != null) {
            return named;
        }
        return SavedDocuments.require(merchant, what, "merchant", MERCHANT_ANSWER).externalId();
    }

    private static String merchantOf(JsonNode node) {
        Matcher matcher = MERCHANT_HREF.matcher(node.path("href").asText(""));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Type typeOf(String href) {
        Matcher matcher = MERCHANT_HREF.matcher(href);
        if (!matcher.find()) {
            return null;
        }
        String collection = matcher.group(2);
        if (collection == null) {
            return Type.MERCHANT;
        }
        return switch (collection) {
            case "orders" -> Type.ORDER;
            case "items" -> Type.ITEM;
            case "item_stocks" -> Type.ITEM_STOCK;
            case "employees" -> Type.EMPLOYEE;
            case "customers" -> Type.CUSTOMER;
            default -> null;
        };
    }

    private static Type type(JsonNode object) throws UnreadablePayloadException {
        Type byHref = typeOf(object.path("href").asText(""));
        if (byHref != null) {
            return byHref;
        }
        if (object.path("properties").isObject() || object.has("owner")) {
            return Type.MERCHANT;
        }
        if (object.has("lineItems") || object.has("paymentState") || object.has("state") && object.has("total")) {
            return Type.ORDER;
        }
        if (object.path("item").isObject() && (object.has("stockCount") || object.has("quantity"))) {
            return Type.ITEM_STOCK;
        }
        if (object.has("priceType") || object.has("price") && object.has("name")) {
            return Type.ITEM;
        }
        if (object.has("role") || object.has("isOwner") || object.has("nickname")) {
            return Type.EMPLOYEE;
        }
        if (object.has("emailAddresses") || object.has("marketingAllowed") || object.has("customerSince")
                || object.has("firstName") || object.has("lastName")) {
            return Type.CUSTOMER;
        }
        throw new UnreadablePayloadException("no Clover object StoreDesk reads (merchant, order, item, item stock,"
                + " employee or customer) is in it");
    }

    /** How many objects a webhook body names, over all its merchants. */
    private static int namedObjects(JsonNode merchants) throws UnreadablePayloadException {
        int count = 0;
        for (Map.Entry<String, JsonNode> entry : iterable(merchants)) {
            if (!entry.getValue().isArray()) {
                throw new UnreadablePayloadException("a Clover webhook body whose merchant entry is not a list");
            }
            for (JsonNode update : entry.getValue()) {
                if (update.path("objectId").asText("").isBlank()) {
                    throw new UnreadablePayloadException("a Clover webhook body naming an object without its objectId");
                }
                count++;
            }
        }
        return count;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries;
    }

    /** The HTTP status an error message starts with ("401 Unauthorized"); never the rest of the text. */
    private static String status(String message) {
        Matcher matcher = Pattern.compile("^\\s*(\\d{3})\\b").matcher(message);
        return matcher.find() ? matcher.group(1) : "no code";
    }

    private static String source(String merchantId) {
        return "clover:" + merchantId;
    }
}
