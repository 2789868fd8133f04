/**
 * Wiring: the program's entry point. Starts the desktop app when there is a display and nothing
 * to do on the command line, else runs the command line.
 */
package dev.p2caudit.app;
