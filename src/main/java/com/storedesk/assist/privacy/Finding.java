package com.storedesk.assist.privacy;

/**
 * A stretch of text to mask: characters {@code start} to {@code end}, of {@code kind}, whose
 * placeholder is shared by every finding with the same {@code key} (the same e-mail written twice,
 * a customer's name and a later mention of it). {@code form} tells name forms apart ({@code _FIRST}).
 */
record Finding(int start, int end, PiiKind kind, String key, String form) {

    int length() {
        return end - start;
    }
}
