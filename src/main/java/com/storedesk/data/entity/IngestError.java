package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event ingest refused, and why. Ingest writes these rows with plain JDBC; the entity is for
 * reading them. {@code detail} names fields and ids, never personal data.
 */
@Entity
@Table(name = "ingest_error")
public class IngestError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "source", nullable = false, updatable = false, length = 64)
    private String source;

    /** The event's record name, e.g. {@code SaleRecorded}. */
    @Column(name = "event_type", nullable = false, updatable = false, length = 32)
    private String eventType;

    @Column(name = "external_id", nullable = false, updatable = false, length = 128)
    private String externalId;

    /** A {@code RejectReason} name, e.g. {@code UNKNOWN_PRODUCT}. */
    @Column(name = "reason", nullable = false, updatable = false, length = 32)
    private String reason;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected IngestError() {
    }

    public IngestError(String source, String eventType, String externalId, String reason, String detail,
            Instant receivedAt) {
        this.source = Require.text(source, "source", 64);
        this.eventType = Require.text(eventType, "eventType", 32);
        this.externalId = Require.text(externalId, "externalId", 128);
        this.reason = Require.text(reason, "reason", 32);
        this.detail = Require.maxLength(detail, "detail", 2000);
        this.receivedAt = Require.instant(receivedAt, "receivedAt");
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getEventType() {
        return eventType;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return "IngestError[id=" + id + ", source=" + source + ", eventType=" + eventType + ", externalId="
                + externalId + ", reason=" + reason + "]";
    }
}
