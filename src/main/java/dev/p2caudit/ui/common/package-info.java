/** Widgets and helpers the screens share: lazy paged tables, server-side sorting, record comparison, layout helpers. */
package dev.p2caudit.ui.common;
