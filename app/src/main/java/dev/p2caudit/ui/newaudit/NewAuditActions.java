package dev.p2caudit.ui.newaudit;

import dev.p2caudit.ui.run.AuditJob;
import java.nio.file.Path;

/** What the new-audit screen asks of the app. */
public interface NewAuditActions {

    void importAndAudit(AuditJob.Inputs inputs, Path workspace);

    void back();
}
