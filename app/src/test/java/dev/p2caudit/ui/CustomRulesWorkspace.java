package dev.p2caudit.ui;

import dev.p2caudit.checks.AuditService;
import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.store.Workspace;
import dev.p2caudit.ui.session.AuditSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small workspace audited once with an organisation's duplicate rule (DUP-ACC-CITY), opened as the app opens it. */
public final class CustomRulesWorkspace {

    public static final String RULE = "DUP-ACC-CITY";
    public static final String TITLE = "Accounts in the same city";

    private CustomRulesWorkspace() {
    }

    public static AuditSession create(Path dir) {
        try {
            Path accounts = Files.copy(Path.of("core/src/test/resources/fixtures/duplicates/Account.csv"),
                    Files.createDirectories(dir.resolve("post")).resolve("Account.csv"));
            Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"id\": \"" + RULE + "\","
                    + " \"table\": \"account\", \"title\": \"" + TITLE + "\", \"conditions\": [{\"column\": \"city\"}]}]}");
            Path file = dir.resolve("custom");
            try (Workspace ws = Workspace.open(file)) {
                new InputImporter().importExactly(ws, Map.of(Snapshot.POST, List.of(accounts)), f -> null,
                        ProgressListener.NONE);
                AuditService service = new AuditService("test");
                service.run(ws, service.plan(ws, new AuditService.Choices(rules, null, null), LocalDate.now()),
                        ProgressListener.NONE);
                file = ws.file();
            }
            return AuditSession.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
