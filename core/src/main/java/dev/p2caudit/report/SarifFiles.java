package dev.p2caudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's export files as SARIF artifacts, each with its SHA-256 and index. */
final class SarifFiles {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, ImportRecord> records = new LinkedHashMap<>();
    private final SarifArtifacts artifacts;

    SarifFiles(List<ImportRecord> inputs, SarifArtifacts artifacts) {
        this.artifacts = artifacts;
        for (ImportRecord r : inputs) {
            String key = r.snapshot().id() + "/" + r.fileName();
            index.putIfAbsent(key, index.size());
            records.putIfAbsent(key, r);
        }
    }

    void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("artifacts");
        for (ImportRecord r : records.values()) {
            json.writeStartObject();
            json.writeObjectFieldStart("location");
            artifactLocation(json, r.snapshot(), r.fileName(), false);
            json.writeEndObject();
            json.writeArrayFieldStart("roles");
            json.writeString("analysisTarget");
            json.writeEndArray();
            json.writeObjectFieldStart("hashes");
            json.writeStringField("sha-256", r.sha256());
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("snapshot", r.snapshot().id());
            json.writeStringField("table", r.table().id());
            json.writeNumberField("rows", r.rowsLoaded());
            json.writeNumberField("rejected", r.rowsRejected());
            json.writeStringField("format", r.format());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void writeLocation(JsonGenerator json, Snapshot snapshot, String file) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        artifactLocation(json, snapshot, file, true);
        json.writeEndObject();
    }

    private void artifactLocation(JsonGenerator json, Snapshot snapshot, String file,
                                  boolean withIndex) throws IOException {
        SarifArtifacts.Location location = artifacts.locate(snapshot, file);
        json.writeStringField("uri", location.uri());
        if (location.baseId() != null) {
            json.writeStringField("uriBaseId", location.baseId());
        }
        Integer i = index.get(snapshot.id() + "/" + file);
        if (withIndex && i != null) {
            json.writeNumberField("index", i);
        }
    }
}
