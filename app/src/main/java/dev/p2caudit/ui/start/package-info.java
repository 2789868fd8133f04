/** The start screen: new audit, open a workspace, recent workspaces, the sample data. */
package dev.p2caudit.ui.start;
