package com.storedesk.data.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its least recently used entries beyond a fixed size. */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void putAll(Map<K, V> values) {
        entries.putAll(values);
    }

    synchronized int size() {
        return entries.size();
    }
}
