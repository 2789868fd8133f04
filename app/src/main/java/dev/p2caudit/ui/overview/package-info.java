/** The dashboard: the run's counts and the report's charts, a click opening the findings behind a bar. */
package dev.p2caudit.ui.overview;
