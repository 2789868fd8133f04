package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.Sql;
import dev.p2caudit.store.SqlNames;
import java.util.List;

/**
 * How the record ids of one side of a table are written, found in one scan. Pairing compares ids
 * upper-cased and trimmed; when every id of a side is already written one way (all lower case, as
 * Dataverse exports GUIDs, or all upper case) and without spaces, a join on the data tables' own
 * {@code id} columns finds a record's counterpart, and pairing needs no working table.
 */
enum IdSpelling {
    /** Every id is trimmed and equal to its upper-cased self. */
    UPPER,
    /** Every id is trimmed and equal to its lower-cased self. */
    LOWER,
    /** Every row has an id, written in no single case (or with spaces): pairing normalizes each. */
    MIXED,
    /** Some row has no id: the side cannot pair by id. */
    INCOMPLETE;

    /**
     * Reads the spelling of {@code side}'s ids. An id whose case does not survive a round trip
     * (upper of lower differing from upper, as for some non-ASCII letters) makes the side
     * {@link #MIXED}: comparing such ids in one case would not agree with comparing them upper-cased.
     */
    static IdSpelling of(Sql sql, Snapshot side, TableKind table) {
        Sql.Row row = sql.query("SELECT COUNT(*) AS n, COUNT(" + Keys.nz("id") + ") AS ids,"
                + " COUNT(CASE WHEN t.id = UPPER(TRIM(t.id)) THEN 1 END) AS upper_ids,"
                + " COUNT(CASE WHEN t.id = LOWER(TRIM(t.id)) THEN 1 END) AS lower_ids,"
                + " COUNT(CASE WHEN LOWER(UPPER(t.id)) = LOWER(t.id) AND UPPER(LOWER(t.id)) = UPPER(t.id) THEN 1 END)"
                + " AS stable_ids FROM " + SqlNames.dataTable(side, table) + " t", List.of()).get(0);
        long n = row.number("n");
        if (row.number("ids") < n) {
            return INCOMPLETE;
        }
        if (row.number("stable_ids") < n) {
            return MIXED;
        }
        return row.number("upper_ids") == n ? UPPER : row.number("lower_ids") == n ? LOWER : MIXED;
    }

    /** Whether the side's own ids, as written, can be joined on. */
    boolean indexable() {
        return this == UPPER || this == LOWER;
    }

    /** SQL that writes another side's id {@code expr} the way this side writes its ids. */
    String spell(String expr) {
        return name() + "(" + expr + ")";
    }
}
