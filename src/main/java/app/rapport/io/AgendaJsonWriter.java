package app.rapport.io;

import app.rapport.model.FollowUp;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** Writes an agenda as FORMATS.md's agenda JSON ({@code today --json}), in the agenda's order. */
public final class AgendaJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(OutputStream out, LocalDate asOf, List<FollowUp> followUps) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            g.writeArrayFieldStart("followUps");
            for (FollowUp f : followUps) {
                g.writeStartObject();
                g.writeStringField("clientId", f.clientId());
                g.writeStringField("clientName", f.clientName());
                g.writeStringField("rule", f.rule().name());
                g.writeStringField("action", f.action().name());
                g.writeStringField("anchor", f.anchor().toString());
                g.writeStringField("due", f.due().toString());
                g.writeNumberField("priority", f.priority());
                g.writeBooleanField("atRisk", f.atRisk());
                g.writeStringField("bucket", f.bucket(asOf).name());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
