package dev.p2caudit.ui;

import dev.p2caudit.ui.browser.BrowserPresenter;
import dev.p2caudit.ui.duplicates.DuplicatesPresenter;
import dev.p2caudit.ui.export.ExportPresenter;
import dev.p2caudit.ui.findings.FindingsPresenter;
import dev.p2caudit.ui.newaudit.NewAuditPresenter;
import dev.p2caudit.ui.overview.OverviewPresenter;
import dev.p2caudit.ui.rules.RulesPresenter;
import dev.p2caudit.ui.run.RunPresenter;
import dev.p2caudit.ui.start.StartPresenter;

/** The presenters of every screen, which the app presenter moves between. */
public record Screens(StartPresenter start, NewAuditPresenter newAudit, RunPresenter run, OverviewPresenter overview,
                      FindingsPresenter findings, BrowserPresenter browser, DuplicatesPresenter duplicates,
                      RulesPresenter rules, ExportPresenter export) {
}
