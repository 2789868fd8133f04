package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working tables several rules share (reference maps, pairings, customer references), as
 * tasks the two lanes build side by side before the rules ask for them (ADR 0006). Built on
 * demand instead, the first rule to need a pairing builds it while a rule on the other lane that
 * needs it too only waits. Only what an enabled rule will read is listed.
 */
final class SharedTables {

    /** The family name the benchmark shows these builds under. */
    static final String FAMILY = "shared working tables";

    private SharedTables() {
    }

    static List<Runnable> builds(CheckContext ctx, List<RuleDef> rules) {
        Set<String> families = rules.stream().map(RuleDef::family).collect(Collectors.toSet());
        Set<TableKind> tables = rules.stream().map(RuleDef::table).filter(Objects::nonNull).collect(Collectors.toSet());
        boolean reconciling = families.contains("reconciliation");
        List<Runnable> builds = new ArrayList<>();
        for (TableKind line : TableKind.values()) {
            if (line.parent().isPresent() && (reconciling || tables.contains(line))) {
                for (Snapshot side : Snapshot.values()) {
                    if (ctx.availability.loaded(side, line)) {
                        // Every rule on a line table names its lines by their header's key.
                        builds.add(() -> ctx.keys.refMap(side, line.parent().get()));
                    }
                }
            }
        }
        if (reconciling) {
            for (TableKind table : TableKind.values()) {
                if (ctx.pairings.possible(table)) {
                    builds.add(() -> ctx.pairings.of(table));
                }
            }
        }
        if (families.contains("sales-activity")) {
            for (Snapshot side : Snapshot.values()) {
                if (ctx.availability.loaded(side, TableKind.ACCOUNT)) {
                    builds.add(() -> CustomerReferences.table(ctx, side));
                }
            }
        }
        return builds;
    }
}
