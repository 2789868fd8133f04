package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.function.Consumer;

/**
 * The rows of one table in one snapshot, in export order: the regular records by index, then
 * the seeded specials. Lines follow their headers; the lines of a header that is not in the
 * snapshot, or whose lines did not make it into the export, are left out.
 */
final class TableStreams {

    private final World world;

    TableStreams(World world) {
        this.world = world;
    }

    /** The rows of the export. */
    void forEach(Snapshot s, TableKind table, Consumer<Row> sink) {
        forEach(s, table, sink, false);
    }

    /**
     * With {@code withAbsent}, also the records seeds removed from the export (deleted, never
     * synced), flagged {@link Row#absent}: the expected findings need to know what is gone.
     */
    void forEach(Snapshot s, TableKind table, Consumer<Row> sink, boolean withAbsent) {
        Consumer<Row> target = withAbsent ? sink : r -> {
            if (!r.absent) {
                sink.accept(r);
            }
        };
        rows(s, table, target);
    }

    private void rows(Snapshot s, TableKind table, Consumer<Row> sink) {
        Sizes sizes = world.sizes;
        switch (table) {
            case ACCOUNT -> range(sizes.accounts(), i -> world.account(s, i), sink);
            case CONTACT -> range(sizes.contacts(), j -> world.contact(s, j), sink);
            case PRODUCT -> range(sizes.products(), k -> world.product(s, k), sink);
            case ORDER -> range(sizes.orders(), o -> world.order(s, o), sink);
            case QUOTE -> range(sizes.quotes(), q -> world.quote(s, q), sink);
            case INVOICE -> range(sizes.invoices(), v -> world.invoice(s, v), sink);
            case ORDER_LINE -> documentLines(DocumentRows.Kind.ORDER, s, sink);
            case QUOTE_LINE -> documentLines(DocumentRows.Kind.QUOTE, s, sink);
            case INVOICE_LINE -> invoiceLines(s, sink);
        }
        world.plan.specials(table, s).forEach(sink);
    }

    private interface Build {
        Row at(long index);
    }

    private static void range(int count, Build build, Consumer<Row> sink) {
        for (long i = 0; i < count; i++) {
            sink.accept(build.at(i));
        }
    }

    private void documentLines(DocumentRows.Kind kind, Snapshot s, Consumer<Row> sink) {
        DocumentRows documents = world.documents(kind);
        for (long h = 0; h < documents.count(); h++) {
            Row header = world.header(kind, s, h);
            if (header.absent || header.dropLines) {
                continue;
            }
            int lines = documents.lineCount(h);
            for (int n = 1; n <= lines; n++) {
                sink.accept(world.plan.apply(documents.line(s, header, n)));
            }
        }
    }

    private void invoiceLines(Snapshot s, Consumer<Row> sink) {
        for (long v = 0; v < world.sizes.invoices(); v++) {
            Row invoice = world.invoice(s, v);
            if (invoice.absent || invoice.dropLines) {
                continue;
            }
            int lines = world.invoices.lineCount(v);
            for (int n = 1; n <= lines; n++) {
                sink.accept(world.plan.apply(world.invoices.line(s, invoice, n)));
            }
        }
    }
}
