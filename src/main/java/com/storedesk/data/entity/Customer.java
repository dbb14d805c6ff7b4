package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A known shopper. Every field but the keys is personal data: never log it, and mask it before
 * it leaves the machine. {@link #toString()} shows the keys only.
 */
@Entity
@Table(name = "customer")
public class Customer extends SourcedEntity {

    @Column(name = "loyalty_id", length = 64)
    private String loyaltyId;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    /** When StoreDesk first stored the customer, unless the caller sets the platform's own date before persisting. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
    }

    public Customer(String source, String externalId) {
        super(source, externalId);
    }

    public String getLoyaltyId() {
        return loyaltyId;
    }

    public void setLoyaltyId(String loyaltyId) {
        this.loyaltyId = Require.maxLength(loyaltyId, "loyaltyId", 64);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = Require.maxLength(firstName, "firstName", 100);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = Require.maxLength(lastName, "lastName", 100);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Require.maxLength(email, "email", 254);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Require.maxLength(phone, "phone", 32);
    }

    public boolean hasMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Only meaningful before the first persist: afterwards the column is not updated. */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = Require.instant(createdAt);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
