package com.storedesk.pos.webhook;

import java.util.Optional;

/** A delivery's request headers, looked up by name regardless of case as HTTP defines. */
@FunctionalInterface
public interface DeliveryHeaders {

    /** The first value of the header, if the request has it. */
    Optional<String> first(String name);

    static DeliveryHeaders none() {
        return name -> Optional.empty();
    }
}
