package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.regex.Pattern;

/** Names of workspace tables and columns, and the guard that keeps identifiers plain. */
public final class SqlNames {

    /** Columns every data table has besides its canonical and kept-as-is columns. */
    public static final String ROW_ID = "row_id";
    public static final String IMPORT_ID = "import_id";
    public static final String SOURCE_LINE = "source_line";

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SqlNames() {
    }

    /** {@code pre_order_line}, {@code post_account}, … */
    public static String dataTable(Snapshot snapshot, TableKind table) {
        return snapshot.id() + "_" + table.id();
    }

    /**
     * Identifiers reach SQL text (column names cannot be bound as parameters), so only plain
     * lower-case names pass; anything else is a programming error, never user data.
     */
    public static String checked(String identifier) {
        if (identifier == null || !PLAIN.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
        }
        return identifier;
    }
}
