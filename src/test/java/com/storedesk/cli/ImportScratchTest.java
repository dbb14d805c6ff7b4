package com.storedesk.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportScratchTest {
    @Test
    void run() throws Exception {
        String r = "src/test/resources/pos/";
        String db = "/tmp/imp/" + System.nanoTime() + "/storedesk";
        CliRun run = CliRun.of("import", "--platform", "shopify", "--db", db,
            r + "shopify/location.json", r + "shopify/staff.json", r + "shopify/variants-1.json", r + "shopify/variants-2.json",
            r + "shopify/customers.json", r + "shopify/inventory-levels.json", r + "shopify/orders-1.json", r + "shopify/orders-2.json",
            r + "shopify/rest/order_450789469_GET.json", r + "shopify/rest/order-pos.json", r + "shopify/rest/refunds_list_GET.json",
            r + "shopify/rest/product_632910392_GET.json", r + "shopify/rest/inventory_levels_by_location_GET.json",
            r + "shopify/webhook_shaped/orders_create.json", r + "shopify/webhook_shaped/refunds_create.json",
            r + "shopify/webhook_shaped/inventory_levels_update.json", r + "shopify/rest/shop_GET.json", r + "shopify/rest/locations_GET.json");
        System.out.println("EXIT " + run.exitCode() + "\n" + run.out() + run.err());
        db = "/tmp/imp/" + System.nanoTime() + "/storedesk";
        run = CliRun.of("import", "--platform", "lightspeed", "--db", db,
            r + "lightspeed/import/account-list.json", r + "lightspeed/account.json", r + "lightspeed/shops.json", r + "lightspeed/employees-1.json", r + "lightspeed/items-1.json", r + "lightspeed/items-2.json",
            r + "lightspeed/customers.json", r + "lightspeed/item-shops.json", r + "lightspeed/sales-1.json", r + "lightspeed/sales-2.json");
        System.out.println("EXIT " + run.exitCode() + "\n" + run.out() + run.err());
        db = "/tmp/imp/" + System.nanoTime() + "/storedesk";
        run = CliRun.of("import", "--platform", "clover", "--db", db,
            r + "clover/merchant.json", r + "clover/employees.json", r + "clover/items-1.json", r + "clover/items-2.json",
            r + "clover/customers.json", r + "clover/item-stocks.json", r + "clover/orders-1.json", r + "clover/orders-2.json", r + "clover/orders-3.json",
            r + "clover/webhook_verification_request_body.json");
        System.out.println("EXIT " + run.exitCode() + "\n" + run.out() + run.err());
    }
}
