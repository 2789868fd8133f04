/**
 * The desktop application (Swing, FlatLaf, JFreeChart). This package is the shell: the window,
 * its menu and {@link dev.p2caudit.ui.MainPresenter}, which opens workspaces and moves between the
 * screens. Each screen is a subpackage with one panel and one presenter; what they share lies
 * below them ({@code session}: the workspace on screen and the worker threads; {@code common}:
 * widgets and the theme), so no screen depends on the shell. The only package that may use Swing
 * or AWT (besides the two classes that draw the report's SVG charts). Nothing here touches disk or
 * the database on the event thread: such work goes through
 * {@link dev.p2caudit.ui.session.Background}. See docs/ui.md.
 */
package dev.p2caudit.ui;
