/** Import and audit in the background, with progress, cancel and each file's outcome. */
package dev.p2caudit.ui.run;
