/**
 * The desktop application (Swing, FlatLaf, JFreeChart): one panel and one presenter per screen,
 * in a subpackage each; {@link dev.p2caudit.ui.MainPresenter} moves between them. The only
 * package that may use Swing or AWT. Nothing here touches disk or the database on the event
 * thread: such work goes through {@link dev.p2caudit.ui.Background}. See docs/ui.md.
 */
package dev.p2caudit.ui;
