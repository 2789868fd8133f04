package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Every customer reference of a snapshot's quotes, orders and invoices, upper-cased and counted:
 * a working table (ref, n), built once per run. Sales activity and the duplicate survivor both
 * read it, so a full audit counts the hundreds of thousands of documents once.
 */
final class CustomerReferences {

    private static final List<TableKind> SALES = List.of(TableKind.QUOTE, TableKind.ORDER, TableKind.INVOICE);

    private CustomerReferences() {
    }

    /** The table's name, or {@code null} when the snapshot has no sales documents with a customer. */
    static String table(CheckContext ctx, Snapshot snapshot) {
        String name = "uses_" + snapshot.id();
        return ctx.temp.once(name, () -> {
            List<String> uses = new ArrayList<>();
            for (TableKind sales : SALES) {
                if (ctx.availability.has(snapshot, sales, "customer")) {
                    uses.add("SELECT UPPER(TRIM(customer)) AS ref FROM " + SqlNames.dataTable(snapshot, sales)
                            + " WHERE NULLIF(TRIM(customer), '') IS NOT NULL");
                }
            }
            if (uses.isEmpty()) {
                return null;
            }
            ctx.temp.create(name, "SELECT ref, COUNT(*) AS n FROM (" + String.join(" UNION ALL ", uses)
                    + ") u GROUP BY ref", List.of());
            return name;
        });
    }
}
