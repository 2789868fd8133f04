/** The Export menu: HTML report, CSV, Excel and JSON of a run, through the writers the CLI uses. */
package dev.p2caudit.ui.export;
