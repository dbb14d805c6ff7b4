package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Visitors counted by a door sensor over one interval. */
@Entity
@Table(name = "traffic_count")
public class TrafficCount extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    /** The sensor (door) when a store has several; null when the platform reports the store total. */
    @Column(name = "sensor_id", length = 64)
    private String sensorId;

    @Column(name = "interval_start", nullable = false)
    private Instant intervalStart;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(name = "visitors_in", nullable = false)
    private int visitorsIn;

    @Column(name = "visitors_out", nullable = false)
    private int visitorsOut;

    protected TrafficCount() {
    }

    public TrafficCount(String source, String externalId, Store store, String sensorId, Instant intervalStart,
            LocalDate businessDate, int intervalMinutes, int visitorsIn, int visitorsOut) {
        super(source, externalId);
        this.store = Require.nonNull(store, "store");
        this.sensorId = Require.maxLength(sensorId, "sensorId", 64);
        this.intervalStart = Require.instant(intervalStart, "intervalStart");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
        if (intervalMinutes <= 0) {
            throw new IllegalArgumentException("intervalMinutes must be positive: " + intervalMinutes);
        }
        this.intervalMinutes = intervalMinutes;
        setVisitors(visitorsIn, visitorsOut);
    }

    public Store getStore() {
        return store;
    }

    public String getSensorId() {
        return sensorId;
    }

    public Instant getIntervalStart() {
        return intervalStart;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    public int getVisitorsIn() {
        return visitorsIn;
    }

    public int getVisitorsOut() {
        return visitorsOut;
    }

    /** Sensors revise counts after the fact. */
    public void setVisitors(int visitorsIn, int visitorsOut) {
        if (visitorsIn < 0 || visitorsOut < 0) {
            throw new IllegalArgumentException("Visitor counts must not be negative");
        }
        this.visitorsIn = visitorsIn;
        this.visitorsOut = visitorsOut;
    }
}
