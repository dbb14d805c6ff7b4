package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that came from outside StoreDesk. Its (source, external id) pair is unique, which is what
 * makes ingest idempotent: the same platform record always lands on the same row.
 */
@MappedSuperclass
public abstract class SourcedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "source", nullable = false, updatable = false, length = 64)
    private String source;

    @Column(name = "external_id", nullable = false, updatable = false, length = 128)
    private String externalId;

    protected SourcedEntity() {
    }

    protected SourcedEntity(String source, String externalId) {
        this.source = Require.text(source, "source", 64);
        this.externalId = Require.text(externalId, "externalId", 128);
    }

    /** Null until the row is persisted. */
    public Long getId() {
        return id;
    }

    /** The platform account the row came from, e.g. {@code demo} or {@code square:MLxyz}. */
    public String getSource() {
        return source;
    }

    /** The platform's own id for the record. */
    public String getExternalId() {
        return externalId;
    }

    @Override
    public String toString() {
        // Identity only: entities such as Customer hold personal data that must not reach logs.
        return getClass().getSimpleName() + "[id=" + id + ", source=" + source + ", externalId=" + externalId + "]";
    }
}
