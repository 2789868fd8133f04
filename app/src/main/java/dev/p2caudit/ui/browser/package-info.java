/** The data browser: any table of either snapshot, paged, sorted and filtered in the store; the selected record's findings. */
package dev.p2caudit.ui.browser;
