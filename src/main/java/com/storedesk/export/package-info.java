/**
 * The district view as files a district manager keeps or forwards: a CSV table for spreadsheets
 * ({@link com.storedesk.export.DistrictCsv}) and a PDF report with a chart
 * ({@link com.storedesk.export.DistrictPdf}), both in the user's language. Exporters only write what they
 * are given; they never read the database, and they block, so callers run them off the FX thread.
 */
package com.storedesk.export;
