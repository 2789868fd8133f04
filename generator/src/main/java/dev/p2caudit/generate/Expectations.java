package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Works out, from the generated rows themselves, the findings an audit following
 * {@code docs/checks.md} must produce (all of them, seeded and natural, cascades included) and,
 * per rule, a few keys it must not report; then builds the manifest. Only done at manifest
 * scale, where all rows fit in memory.
 */
final class Expectations {

    private static final int CLEAN_PER_RULE = 3;

    private final World world;
    private final Loaded loaded;
    private final RecordKeys keys;
    private final Findings findings = new Findings();
    private final Pairing pairing;

    private Expectations(World world, List<FileSpec> plan) {
        this.world = world;
        this.loaded = Loaded.of(world, plan);
        this.keys = new RecordKeys(loaded);
        this.pairing = new Pairing(loaded, keys);
    }

    static Manifest manifest(World world, List<FileSpec> plan, List<WrittenFile> written) {
        Expectations expectations = new Expectations(world, plan);
        expectations.check(written);
        return new Manifest(world.seed, world.sizes.scale(), files(written), expectations.expected(),
                expectations.clean());
    }

    /** For tests: the findings with their source rows. */
    static Findings findings(World world, List<FileSpec> plan, List<WrittenFile> written) {
        Expectations expectations = new Expectations(world, plan);
        expectations.check(written);
        return expectations.findings;
    }

    private void check(List<WrittenFile> written) {
        Scope scope = new Scope(loaded, findings);
        for (Snapshot s : Snapshot.values()) {
            new PartyChecks(loaded, keys, pairing, scope, findings).run(s);
            DocumentChecks documents = new DocumentChecks(loaded, keys, pairing, scope, findings);
            LineChecks lines = new LineChecks(loaded, keys, pairing, scope, findings);
            for (DocumentRows.Kind kind : List.of(DocumentRows.Kind.ORDER, DocumentRows.Kind.QUOTE)) {
                documents.run(kind, s);
                lines.run(kind, s);
            }
            lines.invoices(s);
            new DuplicateChecks(loaded, keys, findings, world.plan).run(s);
        }
        new ReconciliationChecks(loaded, keys, pairing, findings).run();
        rejectedRows(written);
        scope.report();
    }

    /** INPUT-REJECTED: one per rejected row, key {@code file:line}. */
    private void rejectedRows(List<WrittenFile> written) {
        for (Snapshot s : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                List<Row> rejected = loaded.rejected(s, table);
                int next = 0;
                for (WrittenFile file : written) {
                    if (file.snapshot() != s || file.table() != table) {
                        continue;
                    }
                    for (long line : file.rejectedLines()) {
                        Row row = rejected.get(next++);
                        String column = row.table.column(firstRawColumn(row)).orElseThrow().name();
                        findings.add("INPUT-REJECTED", s, table, file.fileName() + ":" + line, column + " '"
                                + row.raw(column) + "' cannot be read; the rest of the file loads", row);
                    }
                    if (!file.rejectedLines().contains(2L) && file.rows() > 0) {
                        findings.looked("INPUT-REJECTED", s, table, file.fileName() + ":2");
                    }
                }
            }
        }
    }

    private static String firstRawColumn(Row row) {
        for (var column : row.table.columns()) {
            if (row.raw(column.name()) != null) {
                return column.name();
            }
        }
        throw new IllegalStateException("a rejected row without an unreadable cell");
    }

    private List<Manifest.Expected> expected() {
        return findings.all().stream().sorted(ORDER)
                .map(f -> new Manifest.Expected(f.rule(), f.snapshot().id(), f.table().id(), f.key(), why(f)))
                .toList();
    }

    private List<Manifest.Clean> clean() {
        List<Manifest.Clean> clean = new ArrayList<>();
        for (String rule : Rules.IDS) {
            List<ExpectedFinding> candidates = new ArrayList<>(findings.clean(rule));
            candidates.sort(Comparator.comparingInt(c -> priority(c, rule)));
            candidates.stream().limit(CLEAN_PER_RULE).sorted(ORDER).forEach(c -> clean.add(
                    new Manifest.Clean(rule, c.snapshot().id(), c.table().id(), c.key())));
        }
        return clean;
    }

    /** Near misses first: records a seed says must not trigger the rule, then any seeded record. */
    private int priority(ExpectedFinding candidate, String rule) {
        int best = 2;
        for (Row row : candidate.sources()) {
            for (String id : row.seeds()) {
                Seed seed = world.plan.seed(id);
                boolean mustNot = seed.intents.stream()
                        .anyMatch(i -> i.clean() && i.rule().equals(rule) && i.snapshot() == candidate.snapshot());
                best = Math.min(best, mustNot ? 0 : 1);
            }
        }
        return best;
    }

    /**
     * The reason with its values, and the seed behind it: "seeded" when a seed on the record
     * itself meant to cause this finding, "follows from" for side effects and cascades (a seed
     * on the record, on its header, or on the header's counterpart in the other snapshot).
     */
    private String why(ExpectedFinding finding) {
        Set<String> meant = new LinkedHashSet<>();
        Set<String> behind = new LinkedHashSet<>();
        for (Row row : finding.sources()) {
            for (Seed seed : seeds(row)) {
                boolean intended = seed.intents.stream().anyMatch(i -> !i.clean() && i.rule().equals(finding.rule())
                        && i.snapshot() == finding.snapshot());
                (intended ? meant : behind).add(seed.why);
            }
            if (row.seeds().isEmpty()) {
                headerSeeds(row).forEach(seed -> behind.add(seed.why));
            }
        }
        behind.removeAll(meant);
        if (!cascades(finding.rule())) {
            behind.clear();
        }
        String seeded = meant.isEmpty() ? "" : "seeded: " + String.join("; ", meant);
        String follows = behind.isEmpty() ? ""
                : (meant.isEmpty() ? "follows from: " : "also: ") + String.join("; ", behind);
        String notes = seeded.isEmpty() || follows.isEmpty() ? seeded + follows : seeded + "; " + follows;
        return notes.isEmpty() ? finding.reason() : finding.reason() + " (" + notes + ")";
    }

    /**
     * Rules whose findings can follow from a seed aimed at something else: a deleted or rejected
     * record, a header gone missing. For the other rules a seed on the record is unrelated.
     */
    private static boolean cascades(String rule) {
        return rule.startsWith("REC-") || rule.endsWith("-ORPHAN");
    }

    private List<Seed> seeds(Row row) {
        return row.seeds().stream().map(world.plan::seed).toList();
    }

    /** For a line: the seeds on its header, the header's gone or paired counterpart, or a rejected header. */
    private List<Seed> headerSeeds(Row row) {
        List<Seed> seeds = new ArrayList<>();
        if (row.table.parent().isEmpty()) {
            return seeds;
        }
        TableKind parent = row.table.parent().get();
        String reference = row.text(row.table.parentRef().orElseThrow());
        List<Row> headers = new ArrayList<>(keys.resolve(row.snapshot, parent, reference));
        loaded.rejected(row.snapshot, parent).stream().filter(h -> RecordKeys.sameText(keys.key(h), reference))
                .forEach(headers::add);
        for (Row header : headers) {
            seeds.addAll(seeds(header));
            for (Row other : new Row[] {loaded.counterpartGone(header), pairing.partner(header)}) {
                if (other != null) {
                    seeds.addAll(seeds(other));
                }
            }
        }
        return seeds;
    }

    private static final Comparator<ExpectedFinding> ORDER = Comparator
            .comparingInt((ExpectedFinding f) -> Rules.IDS.indexOf(f.rule()))
            .thenComparing(f -> f.snapshot())
            .thenComparing(f -> f.key().toLowerCase(Locale.ROOT))
            .thenComparing(ExpectedFinding::key);

    private static List<Manifest.File> files(List<WrittenFile> written) {
        return written.stream().map(f -> new Manifest.File(f.snapshot().id(), f.path(), f.table().id(),
                f.dialect().name().toLowerCase(Locale.ROOT), f.format(), f.encoding(), f.delimiter(), f.rows(),
                f.rejectedLines().size())).toList();
    }
}
