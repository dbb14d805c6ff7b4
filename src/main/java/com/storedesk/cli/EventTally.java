package com.storedesk.cli;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.LiveSubscription;
import com.storedesk.pos.PosConnector;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A connector that counts the events of each kind its history pages carry, for {@code sync} to print. */
final class EventTally implements PosConnector {

    private final PosConnector connector;
    private final Map<String, Long> counts = new TreeMap<>();

    EventTally(PosConnector connector) {
        this.connector = connector;
    }

    /** Events by kind ({@code SaleRecorded}, {@code ProductUpserted}...), in name order. */
    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public String source() {
        return connector.source();
    }

    @Override
    public String syncScope() {
        return connector.syncScope();
    }

    @Override
    public boolean appliesAt(String storeExternalId) {
        return connector.appliesAt(storeExternalId);
    }

    @Override
    public HistoryPage pullHistory(String cursor) throws ConnectorException {
        HistoryPage page = connector.pullHistory(cursor);
        for (RetailEvent event : page.events()) {
            counts.merge(event.getClass().getSimpleName(), 1L, Long::sum);
        }
        return page;
    }

    @Override
    public LiveSubscription subscribeLive(Consumer<List<RetailEvent>> sink) {
        return connector.subscribeLive(sink);
    }

    @Override
    public ExecutionResult execute(ActionCommand command) throws ConnectorException {
        return connector.execute(command);
    }

    @Override
    public void close() {
        connector.close();
    }
}
