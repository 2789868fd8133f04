/** The findings screen: filtered, sorted listing; the detail with the record pre and post; waivers. */
package dev.p2caudit.ui.findings;
