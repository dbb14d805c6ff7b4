package com.storedesk.insight.anomaly;

import java.util.Objects;

/**
 * Who or what an alert is about.
 *
 * @param id a stable id for screens to link to: the store's code, the employee's id, the SKU, the sensor id
 * @param name how people know it: store name, employee's display name, product name, sensor id
 */
public record AlertSubject(Type type, String id, String name) {

    public enum Type {
        STORE,
        EMPLOYEE,
        PRODUCT,
        SENSOR
    }

    public AlertSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static AlertSubject store(String code, String name) {
        return new AlertSubject(Type.STORE, code, name);
    }

    public static AlertSubject employee(long employeeId, String name) {
        return new AlertSubject(Type.EMPLOYEE, Long.toString(employeeId), name);
    }

    public static AlertSubject product(String sku, String name) {
        return new AlertSubject(Type.PRODUCT, sku, name);
    }

    public static AlertSubject sensor(String sensorId) {
        return new AlertSubject(Type.SENSOR, sensorId, sensorId);
    }

    /** The text for {0} in a reason: a product is its name with its SKU, anything else its name. */
    public String label() {
        return type == Type.PRODUCT ? name + " (" + id + ")" : name;
    }
}
