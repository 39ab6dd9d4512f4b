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
import java.util.Map;

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
            g.writeFieldName("health");
            health(g, null, insight.health());
            g.writeArrayFieldStart("healthByMonth");
            for (Insight.HealthMonth m : insight.healthByMonth()) {
                health(g, m.month(), m.health());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("contactsByMonth");
            for (Insight.ContactsMonth m : insight.contactsByMonth()) {
                month(g, m.month());
                g.writeObjectFieldStart("counts");
                for (InteractionKind kind : InteractionKind.values()) {
                    g.writeNumberField(kind.name(), m.counts().get(kind));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("purchasesThanked");
            for (Insight.ThankedMonth m : insight.purchasesThanked()) {
                month(g, m.month());
                g.writeNumberField("purchases", m.purchases());
                g.writeNumberField("thanked", m.thanked());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("complaintsAnswered");
            for (Insight.ComplaintsMonth m : insight.complaintsAnswered()) {
                month(g, m.month());
                g.writeNumberField("complaints", m.complaints());
                g.writeNumberField("answeredNextWorkDay", m.answeredNextWorkDay());
                g.writeNumberField("answeredWithinWeek", m.answeredWithinWeek());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("thankYouPaysOff");
            repeat(g, "thanked", insight.thankYouPaysOff().thanked());
            repeat(g, "notThanked", insight.thankYouPaysOff().notThanked());
            g.writeEndObject();
            g.writeArrayFieldStart("returningBuyers");
            for (Insight.BuyersMonth m : insight.returningBuyers()) {
                month(g, m.month());
                g.writeNumberField("buyers", m.buyers());
                g.writeNumberField("returning", m.returning());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("revenueByMonth");
            for (Insight.RevenueMonth m : insight.revenueByMonth()) {
                month(g, m.month());
                g.writeStringField("total", Insight.twoDecimals(m.total()));
                g.writeObjectFieldStart("byTier");
                for (Map.Entry<String, BigDecimal> tier : m.byTier().entrySet()) {
                    g.writeStringField(tier.getKey(), Insight.twoDecimals(tier.getValue()));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("topReferrers");
            for (Insight.Referrer r : insight.topReferrers()) {
                g.writeStartObject();
                g.writeStringField("clientId", r.clientId());
                g.writeStringField("name", r.name());
                g.writeNumberField("referred", r.referred());
                g.writeStringField("referredRevenue", Insight.twoDecimals(r.referredRevenue()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("followUpsDone");
            for (Insight.FollowUpsMonth m : insight.followUpsDone()) {
                month(g, m.month());
                g.writeNumberField("done", m.done());
                g.writeNumberField("snoozed", m.snoozed());
                g.writeNumberField("skipped", m.skipped());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Starts a month's entry with its month. */
    private static void month(JsonGenerator g, YearMonth month) throws IOException {
        g.writeStartObject();
        g.writeStringField("month", month.toString());
    }

    private static void health(JsonGenerator g, YearMonth month, Insight.HealthCounts h) throws IOException {
        if (month == null) {
            g.writeStartObject();
        } else {
            month(g, month);
        }
        g.writeNumberField("good", h.good());
        g.writeNumberField("tested", h.tested());
        g.writeNumberField("atRisk", h.atRisk());
        g.writeEndObject();
    }

    private static void repeat(JsonGenerator g, String name, Insight.Repeat r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("purchases", r.purchases());
        g.writeNumberField("boughtAgain", r.boughtAgain());
        g.writeEndObject();
    }
}
