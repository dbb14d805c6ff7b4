package com.storedesk.assist.copilot;

import com.storedesk.core.Money;
import java.util.Objects;

/** A catalog product a question's words found. {@code category} may be null. */
public record ProductMatch(String sku, String name, String category, Money price) {

    public ProductMatch {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
    }
}
