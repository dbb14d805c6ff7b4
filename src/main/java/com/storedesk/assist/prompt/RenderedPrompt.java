package com.storedesk.assist.prompt;

/** A prompt with its slots filled: the system message (may be empty) and the user message. */
public record RenderedPrompt(String system, String user) {
}
