package app.rapport.io;

import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes Insight's figures as INSIGHT.md's JSON ({@code insight --json}): its fields in its order,
 * months as {@code YYYY-MM}, counts as numbers, sums as strings with two decimals.
 */
public final class InsightJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(OutputStream out, Insight insight) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("asOf", insight.asOf().toString());
            g.writeArrayFieldStart("months");
            for (YearMonth month : insight.months()) {
                g.writeString(month.toString());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("health");
            health(g, insight.health());
            g.writeEndObject();
            byMonth(g, "healthByMonth", insight.healthByMonth(), Insight.HealthMonth::month,
                    (o, m) -> health(o, m.health()));
            byMonth(g, "contactsByMonth", insight.contactsByMonth(), Insight.ContactsMonth::month,
                    InsightJsonWriter::contacts);
            byMonth(g, "purchasesThanked", insight.purchasesThanked(), Insight.ThankedMonth::month,
                    InsightJsonWriter::thanked);
            byMonth(g, "complaintsAnswered", insight.complaintsAnswered(), Insight.ComplaintsMonth::month,
                    InsightJsonWriter::complaints);
            g.writeObjectFieldStart("thankYouPaysOff");
            repeat(g, "thanked", insight.thankYouPaysOff().thanked());
            repeat(g, "notThanked", insight.thankYouPaysOff().notThanked());
            g.writeEndObject();
            byMonth(g, "returningBuyers", insight.returningBuyers(), Insight.BuyersMonth::month,
                    InsightJsonWriter::buyers);
            byMonth(g, "revenueByMonth", insight.revenueByMonth(), Insight.RevenueMonth::month,
                    InsightJsonWriter::revenue);
            topReferrers(g, insight.topReferrers());
            byMonth(g, "followUpsDone", insight.followUpsDone(), Insight.FollowUpsMonth::month,
                    InsightJsonWriter::followUps);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** What an entry of a month array holds besides its month. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator g, T entry) throws IOException;
    }

    /** An array of {@code name}, an object a month: its month, then its {@code fields}. */
    private static <T> void byMonth(JsonGenerator g, String name, List<T> entries, Function<T, YearMonth> month,
            Fields<T> fields) throws IOException {
        g.writeArrayFieldStart(name);
        for (T entry : entries) {
            month(g, month.apply(entry));
            fields.write(g, entry);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void contacts(JsonGenerator g, Insight.ContactsMonth m) throws IOException {
        g.writeObjectFieldStart("counts");
        for (InteractionKind kind : InteractionKind.values()) {
            g.writeNumberField(kind.name(), m.counts().get(kind));
        }
        g.writeEndObject();
    }

    private static void thanked(JsonGenerator g, Insight.ThankedMonth m) throws IOException {
        g.writeNumberField("purchases", m.purchases());
        g.writeNumberField("thanked", m.thanked());
    }

    private static void complaints(JsonGenerator g, Insight.ComplaintsMonth m) throws IOException {
        g.writeNumberField("complaints", m.complaints());
        g.writeNumberField("answeredNextWorkDay", m.answeredNextWorkDay());
        g.writeNumberField("answeredWithinWeek", m.answeredWithinWeek());
    }

    private static void buyers(JsonGenerator g, Insight.BuyersMonth m) throws IOException {
        g.writeNumberField("buyers", m.buyers());
        g.writeNumberField("returning", m.returning());
    }

    private static void revenue(JsonGenerator g, Insight.RevenueMonth m) throws IOException {
        g.writeStringField("total", Insight.twoDecimals(m.total()));
        g.writeObjectFieldStart("byTier");
        for (Map.Entry<String, BigDecimal> tier : m.byTier().entrySet()) {
            g.writeStringField(tier.getKey(), Insight.twoDecimals(tier.getValue()));
        }
        g.writeEndObject();
    }

    private static void followUps(JsonGenerator g, Insight.FollowUpsMonth m) throws IOException {
        g.writeNumberField("done", m.done());
        g.writeNumberField("snoozed", m.snoozed());
        g.writeNumberField("skipped", m.skipped());
    }

    private static void topReferrers(JsonGenerator g, List<Insight.Referrer> referrers) throws IOException {
        g.writeArrayFieldStart("topReferrers");
        for (Insight.Referrer r : referrers) {
            g.writeStartObject();
            g.writeStringField("clientId", r.clientId());
            g.writeStringField("name", r.name());
            g.writeNumberField("referred", r.referred());
            g.writeStringField("referredRevenue", Insight.twoDecimals(r.referredRevenue()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Starts a month's entry with its month. */
    private static void month(JsonGenerator g, YearMonth month) throws IOException {
        g.writeStartObject();
        g.writeStringField("month", month.toString());
    }

    private static void health(JsonGenerator g, Insight.HealthCounts h) throws IOException {
        g.writeNumberField("good", h.good());
        g.writeNumberField("tested", h.tested());
        g.writeNumberField("atRisk", h.atRisk());
    }

    private static void repeat(JsonGenerator g, String name, Insight.Repeat r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("purchases", r.purchases());
        g.writeNumberField("boughtAgain", r.boughtAgain());
        g.writeEndObject();
    }
}
