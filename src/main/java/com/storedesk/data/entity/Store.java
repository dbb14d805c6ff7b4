package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A physical store. Its time zone defines the store's business day. */
@Entity
@Table(name = "store")
public class Store extends SourcedEntity {

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Convert(converter = ZoneIdConverter.class)
    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    @Column(name = "address_line1", length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "region", length = 100)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country_code", length = 2)
    private String countryCode;

    /** e.g. FLAGSHIP, MALL, OUTLET, EXPRESS. */
    @Column(name = "store_format", length = 32)
    private String storeFormat;

    /** The merchandise vertical, e.g. GROCERY, APPAREL, ELECTRONICS. */
    @Column(name = "retail_profile", length = 32)
    private String retailProfile;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Store() {
    }

    public Store(String source, String externalId, String code, String name, ZoneId timeZone, Currency currency) {
        super(source, externalId);
        setCode(code);
        setName(name);
        setTimeZone(timeZone);
        setCurrency(currency);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Require.text(code, "code", 32);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Require.text(name, "name", 200);
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = Require.nonNull(timeZone, "timeZone");
    }

    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = Require.nonNull(currency, "currency");
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = Require.maxLength(addressLine1, "addressLine1", 200);
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = Require.maxLength(addressLine2, "addressLine2", 200);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Require.maxLength(city, "city", 100);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Require.maxLength(region, "region", 100);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = Require.maxLength(postalCode, "postalCode", 20);
    }

    /** ISO 3166-1 alpha-2, e.g. {@code US}. */
    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        if (countryCode != null && countryCode.length() != 2) {
            throw new IllegalArgumentException("countryCode must have 2 letters: " + countryCode);
        }
        this.countryCode = countryCode;
    }

    public String getStoreFormat() {
        return storeFormat;
    }

    public void setStoreFormat(String storeFormat) {
        this.storeFormat = Require.maxLength(storeFormat, "storeFormat", 32);
    }

    public String getRetailProfile() {
        return retailProfile;
    }

    public void setRetailProfile(String retailProfile) {
        this.retailProfile = Require.maxLength(retailProfile, "retailProfile", 32);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
