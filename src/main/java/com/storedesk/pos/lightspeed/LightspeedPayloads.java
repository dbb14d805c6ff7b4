package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.SavedDocuments;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.UnreadablePayloadException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lightspeed Retail (R-Series) V3 answers, saved to files, as canonical events: the same mapping as
 * {@link LightspeedConnector}'s pull, single records and lists alike (Lightspeed sends a list of one
 * as the object itself). Records name neither their account nor its currency: the account's answer
 * ({@code GET /API/V3/Account.json}, which names the account, and {@code Account/{id}.json}, which
 * gives its currency) comes first in the same import, unless a page's {@code @attributes} links name
 * the account. A return is linked to the sale it gives back through its parent line, so that sale
 * (or the parent line's own answer) comes before it too.
 */
public final class LightspeedPayloads implements SavedPayloads {

    private static final String ACCOUNT_LIST = "the account list (GET /API/V3/Account.json)";
    private static final String ACCOUNT_ANSWER = "the account's answer (GET /API/V3/Account/{accountID}.json)";
    private static final Pattern ACCOUNT_LINK = Pattern.compile("/Account/(\\d+)[/.]");
    private static final List<String> RECORDS = List.of("Shop", "Employee", "Item", "Customer", "ItemShop", "Sale",
            "SaleLine");

    private String accountId;
    private Currency currency;
    /** The sale of every line of the sales and sale lines read so far: what a return's parent line resolves to. */
    private final Map<String, String> saleOfLine = new HashMap<>();

    @Override
    public Reading read(JsonNode document) throws UnreadablePayloadException {
        if (!document.isObject()) {
            throw new UnreadablePayloadException("a Lightspeed answer is a JSON object");
        }
        SavedDocuments read = new SavedDocuments();
        String accountBefore = accountId;
        Currency currencyBefore = currency;
        try {
            SavedDocuments.mapped("Lightspeed", MalformedPayload.class, () -> map(document, read));
        } catch (UnreadablePayloadException | RuntimeException e) {
            accountId = accountBefore;
            currency = currencyBefore;
            throw e;
        }
        return read.reading();
    }

    private void map(JsonNode document, SavedDocuments read) throws UnreadablePayloadException {
        if (document.has("httpCode") && document.has("message")) {
            throw SavedDocuments.errorAnswer("Lightspeed", document.path("httpCode").asText("no code"));
        }
        JsonNode attributes = document.path("@attributes");
        if (!attributes.isObject()) {
            throw new UnreadablePayloadException("a Lightspeed V3 answer has @attributes; this one has none");
        }
        if (accountId == null) {
            accountId = linkedAccount(attributes);
        }
        if (document.has("Account") || document.has("defaultCurrency")) {
            account(document.has("Account") ? LightspeedJson.relation(document, "Account") : document);
            return;
        }
        String field = RECORDS.stream().filter(document::has).findFirst().orElse(null);
        if (field == null) {
            if ("0".equals(LightspeedJson.optionalText(attributes, "count"))) {
                return;
            }
            throw new UnreadablePayloadException("no Lightspeed record StoreDesk reads (Account, Shop, Employee, Item,"
                    + " Customer, ItemShop, Sale or SaleLine) is in it");
        }
        List<JsonNode> records = LightspeedJson.elements(document, field);
        switch (field) {
            case "Shop" -> {
                String source = source("shops");
                Currency money = currency("shops");
                records.forEach(shop -> read.add(ShopMapper.store(source, money, shop)));
            }
            case "Employee" -> {
                String source = source("employees");
                records.forEach(employee -> read.add(EmployeeMapper.employee(source, employee)));
            }
            case "Item" -> {
                String source = source("items");
                Currency money = currency("items");
                read.add(ItemMapper.miscellaneous(source, money));
                records.forEach(item -> read.add(ItemMapper.product(source, money, item)));
            }
            case "Customer" -> {
                String source = source("customers");
                records.forEach(customer -> read.add(CustomerMapper.customer(source, customer)));
            }
            case "ItemShop" -> {
                String source = source("item shops");
                records.forEach(row -> ItemShopMapper.count(source, row).ifPresent(read::add));
            }
            case "SaleLine" -> {
                Map<String, String> lines = new HashMap<>();
                records.forEach(line -> lines.put(LightspeedJson.text(line, "saleLineID", "sale line"),
                        LightspeedJson.text(line, "saleID", "sale line")));
                saleOfLine.putAll(lines);
            }
            default -> sales(records, read);
        }
    }

    private void sales(List<JsonNode> sales, SavedDocuments read) throws UnreadablePayloadException {
        String source = source("sales");
        Currency money = currency("sales");
        Map<String, String> lines = new HashMap<>(saleOfLine);
        for (JsonNode sale : sales) {
            String id = LightspeedJson.text(sale, "saleID", "sale");
            for (JsonNode line : LightspeedJson.nested(sale, "SaleLines", "SaleLine")) {
                String lineId = LightspeedJson.optionalText(line, "saleLineID");
                if (lineId != null) {
                    lines.put(lineId, id);
                }
            }
        }
        for (JsonNode sale : sales) {
            for (String parent : ReturnMapper.parentLines(sale)) {
                if (!lines.containsKey(parent)) {
                    throw new UnreadablePayloadException("sale " + LightspeedJson.optionalText(sale, "saleID")
                            + " returns line " + parent + " of a sale not imported: import that sale (or GET"
                            + " /API/V3/Account/{accountID}/SaleLine/" + parent + ".json) first, in the same command");
                }
            }
            JsonNode customer = LightspeedJson.relation(sale, "Customer");
            if (customer.isObject()) {
                read.add(CustomerMapper.customer(source, customer));
            }
            SaleMapper.sale(source, money, sale).ifPresent(read::add);
            read.addAll(ReturnMapper.refunds(source, money, sale, lines));
        }
        saleOfLine.putAll(lines);
    }

    /** The list names the account; the account's own answer gives its currency. Either may come alone. */
    private void account(JsonNode account) {
        String id = LightspeedJson.optionalText(account, "accountID");
        if (id != null) {
            accountId = id;
        }
        JsonNode defaultCurrency = account.path("defaultCurrency");
        if (defaultCurrency.isObject()) {
            String code = LightspeedJson.text(defaultCurrency, "code", "account defaultCurrency");
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw new MalformedPayload("account has an unknown defaultCurrency");
            }
        }
    }

    private String source(String what) throws UnreadablePayloadException {
        return "lightspeed:" + SavedDocuments.require(accountId, what, "account", ACCOUNT_LIST);
    }

    private Currency currency(String what) throws UnreadablePayloadException {
        return SavedDocuments.require(currency, what, "currency", ACCOUNT_ANSWER);
    }

    /** The account the answer's own page links point into, when it has them. */
    private static String linkedAccount(JsonNode attributes) {
        for (String link : List.of("next", "previous")) {
            Matcher matcher = ACCOUNT_LINK.matcher(attributes.path(link).asText(""));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
