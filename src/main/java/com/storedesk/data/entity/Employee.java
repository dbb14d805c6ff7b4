package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of staff as the POS knows them (cashiers, supervisors, managers). */
@Entity
@Table(name = "employee")
public class Employee extends SourcedEntity {

    /** Null for staff not tied to one store, e.g. district managers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_store_id")
    private Store homeStore;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Upper-case code such as CASHIER, SUPERVISOR, MANAGER; platforms name roles their own way. */
    @Column(name = "job_role", nullable = false, length = 32)
    private String jobRole;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Employee() {
    }

    public Employee(String source, String externalId, Store homeStore, String displayName, String jobRole) {
        super(source, externalId);
        this.homeStore = homeStore;
        setDisplayName(displayName);
        setJobRole(jobRole);
    }

    public Store getHomeStore() {
        return homeStore;
    }

    public void setHomeStore(Store homeStore) {
        this.homeStore = homeStore;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Require.text(displayName, "displayName", 200);
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = Require.text(jobRole, "jobRole", 32);
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
