/**
 * The assistant: calls to an OpenAI-compatible model, named and versioned prompts, and what the
 * audit trail keeps of every call. Nothing here shows a screen.
 */
package com.storedesk.assist;
