/**
 * What every screen shares below the main window: the workspace and the run on screen
 * ({@link dev.p2caudit.ui.session.AuditSession}), the one worker thread and its lane aside that do
 * all disk and database work ({@link dev.p2caudit.ui.session.Background}), the thread rules they
 * check ({@link dev.p2caudit.ui.session.Threads}), progress with cancel
 * ({@link dev.p2caudit.ui.session.CancellableProgress}), and the moves a screen may ask of the main
 * window ({@link dev.p2caudit.ui.session.Navigator}). Screens depend on it; it depends on no screen.
 */
package dev.p2caudit.ui.session;
