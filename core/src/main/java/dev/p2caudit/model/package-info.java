/**
 * The vocabulary of the auditor: snapshots, the nine Sales tables and their canonical columns,
 * option sets, and the plain values that travel between layers (rejections, import summaries,
 * findings, audit runs and the rules they ran, progress). Records, enums and small value classes;
 * nothing here touches a file, a database or a screen.
 */
package dev.p2caudit.model;
