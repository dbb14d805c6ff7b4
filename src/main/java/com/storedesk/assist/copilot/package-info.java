/**
 * The copilot's answers to an associate's questions ("does the French press come in 34 oz at
 * another store?", "what is the return window for opened electronics?", "what did she buy last
 * spring?"). Four look-ups serve both ways of answering: the model calls them as tools through the
 * gateway, and without a model the same look-ups, chosen from the question's words, make a
 * best-effort answer. Nothing here shows a screen.
 */
package com.storedesk.assist.copilot;
