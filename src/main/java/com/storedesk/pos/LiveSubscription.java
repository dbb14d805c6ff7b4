package com.storedesk.pos;

/** A running live feed; closing it stops delivery and waits for a batch in flight to finish. */
public interface LiveSubscription extends AutoCloseable {

    @Override
    void close();
}
