/** The duplicates screen: DUP- groups with their members side by side, shared values marked, a survivor suggested. */
package dev.p2caudit.ui.duplicates;
