/**
 * The district manager's view: every store the user may see on one day, side by side, with why
 * each one is off its forecast and which stores stand out from their peers.
 */
package com.storedesk.insight.district;
