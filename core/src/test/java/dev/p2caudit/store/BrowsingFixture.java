package dev.p2caudit.store;

import dev.p2caudit.ingest.InputImporter;
import dev.p2caudit.model.ProgressListener;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Two orders and their lines in post, imported for real; lines name their order three ways. */
final class BrowsingFixture {

    static final String ORDERS = """
            salesorderid,name,msdyn_salesordernumber,msdyn_company,totalamount
            g1,First order,S1,USMF,10.50
            g2,Second order,S2,usmf,200
            g3,Third order,,DEMF,3
            """;
    static final String LINES = """
            salesorderid,sequencenumber,productid,productdescription,quantity
            g1,1,P-1,,2
            First order,2,P-1,,1
            S2,1,P-2,,1
            S2,2,,Custom widget,1
            g404,1,P-1,,1
            """;

    private BrowsingFixture() {
    }

    static Workspace open(Path dir) throws IOException {
        Path orders = Files.writeString(dir.resolve("Order.csv"), ORDERS, StandardCharsets.UTF_8);
        Path lines = Files.writeString(dir.resolve("Order Products.csv"), LINES, StandardCharsets.UTF_8);
        Workspace ws = Workspace.open(dir.resolve("workspace"));
        new InputImporter().importExactly(ws, Map.of(Snapshot.POST, List.of(orders, lines)), f -> null,
                ProgressListener.NONE);
        return ws;
    }
}
