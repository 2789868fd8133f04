package dev.p2caudit.store;

/** Another process has the workspace open; H2's file lock refused us. */
public class WorkspaceInUseException extends StoreException {

    public WorkspaceInUseException(String workspace, Throwable cause) {
        super("workspace " + workspace + " is in use by another program; close the other P2C Auditor"
                + " window or command that has it open, then try again", cause);
    }
}
