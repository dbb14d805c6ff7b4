/**
 * Drawing reports into PDF pages with PDFBox: embedded fonts, text that wraps and flows onto new pages,
 * page footers, and charts drawn as vectors (sharp at any zoom and in print, and no screen needed, so the
 * CLI and a headless machine export the same report). Knows nothing of what the report is about.
 */
package com.storedesk.export.pdf;
