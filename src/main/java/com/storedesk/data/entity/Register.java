package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A till / POS terminal in a store. */
@Entity
@Table(name = "register")
public class Register extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Register() {
    }

    public Register(String source, String externalId, Store store, String name) {
        super(source, externalId);
        setStore(store);
        setName(name);
    }

    public Store getStore() {
        return store;
    }

    public void setStore(Store store) {
        this.store = Require.nonNull(store, "store");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Require.text(name, "name", 100);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
