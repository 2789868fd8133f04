/**
 * Wiring: the program's entry point. Opens the desktop app when there is a display and nothing
 * (or {@code sample}, after the sample audit) on the command line; otherwise runs the command line,
 * handing it the terminal's streams — the one place besides {@code cli} that touches them.
 */
package dev.p2caudit.app;
