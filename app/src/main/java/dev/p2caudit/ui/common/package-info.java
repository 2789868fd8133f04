/**
 * Widgets and helpers the screens share: lazy paged tables and their selection, server-side
 * sorting, record comparison, layout helpers, the light and dark theme.
 */
package dev.p2caudit.ui.common;
