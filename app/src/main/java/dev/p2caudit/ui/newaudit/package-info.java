/** The new-audit screen: the pre and post files, each inspected before anything is imported. */
package dev.p2caudit.ui.newaudit;
