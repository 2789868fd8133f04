/**
 * The desktop application (Swing, FlatLaf, JFreeChart): one panel and one presenter per screen.
 * The only package that may use Swing or AWT; nothing here touches disk or the database on the
 * event thread.
 */
package dev.p2caudit.ui;
