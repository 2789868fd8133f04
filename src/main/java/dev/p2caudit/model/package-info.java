/**
 * The vocabulary of the auditor: snapshots, the nine Sales tables and their canonical columns,
 * option sets, and the plain records that travel between layers (rejections, import summaries,
 * findings). Records and enums only; nothing here touches a file, a database or a screen.
 */
package dev.p2caudit.model;
