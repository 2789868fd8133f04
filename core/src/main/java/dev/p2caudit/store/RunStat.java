package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;

/**
 * A figure an audit run recorded about its inputs — rows per table, money per table, accounts per
 * relationship type — so that charts and reports of the run never re-scan a million rows.
 *
 * @param kind     {@code rows}, {@code money} or {@code relationship_type}
 * @param snapshot the snapshot it counts
 * @param label    the table id, or the relationship type's label
 */
public record RunStat(String kind, Snapshot snapshot, String label, BigDecimal value) {
}
