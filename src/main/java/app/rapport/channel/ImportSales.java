package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The request {@code import-sales}: {@code rapport import-sales} run while the app has the book
 * open hands the import to the app. It sends the file's path, not the file: the app (the same
 * user) reads it, imports as the command would, shows the new purchases at once, and replies with
 * the report the command prints, once the import is written (or, for a dry run, checked):
 * <pre>
 * {"version":1,"request":"import-sales","book":"...","file":"/home/ana/orders.csv","new-clients":"add","dry-run":false}
 * {"version":1,"ok":true,"read":"Read 8 rows as Shopify orders: ...","summary":"Added 4 purchases ...","lines":[...]}
 * </pre>
 * A report longer than a reply may be ends with a line saying how many lines were left out.
 */
public final class ImportSales implements ChannelServer.Handler {
    public static final String NAME = "import-sales";
    public static final String READ = "read";
    public static final String SUMMARY = "summary";
    public static final String LINES = "lines";
    /** How much of a reply the report's lines may take, in bytes: well within {@link Protocol#MAX_REPLY}. */
    static final int LINES_BUDGET = Protocol.MAX_REPLY / 4;

    /**
     * An import as {@code rapport import-sales} gives it: the file's absolute path, and each option
     * as the command names it ({@code null} when not given).
     *
     * @param newClients "add" or "skip"
     */
    public record Order(String file, String encoding, String preset, String dateOrder, String newClients,
                        boolean dryRun) {
    }

    /** What the command prints: what was read, the summary, then each line of the report. */
    public record Report(String read, String summary, List<String> lines) {
    }

    private final Function<Order, Report> importSales;

    /**
     * @param importSales reads and imports the file (on the channel's thread); what it throws
     *        refuses the request as {@link Protocol#FAILED}, its message the reason in words
     */
    public ImportSales(Function<Order, Report> importSales) {
        this.importSales = importSales;
    }

    /** The request {@code rapport import-sales} sends. */
    public static ObjectNode request(String book, Order o) {
        ObjectNode r = Protocol.request(NAME, book);
        r.put("file", o.file());
        r.put("encoding", o.encoding());
        r.put("preset", o.preset());
        r.put("date-order", o.dateOrder());
        r.put("new-clients", o.newClients());
        r.put("dry-run", o.dryRun());
        return r;
    }

    /** The report in a reply (see {@link #handle}). */
    public static Report report(JsonNode reply) {
        List<String> lines = new ArrayList<>();
        reply.path(LINES).forEach(l -> lines.add(l.asText()));
        return new Report(reply.path(READ).asText(), reply.path(SUMMARY).asText(), lines);
    }

    private static boolean isAbsolutePath(String file) {
        try {
            return file != null && Path.of(file).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        Order order;
        try {
            JsonNode dryRun = request.path("dry-run");
            if (!dryRun.isMissingNode() && !dryRun.isBoolean()) {
                return Protocol.refusal(Protocol.BAD_REQUEST, "\"dry-run\" is true or false.");
            }
            order = new Order(Protocol.text(request, "file"), Protocol.text(request, "encoding"),
                    Protocol.text(request, "preset"), Protocol.text(request, "date-order"),
                    Protocol.text(request, "new-clients"), dryRun.asBoolean(false));
        } catch (Protocol.BadRequest e) {
            return e.refusal();
        }
        if (!isAbsolutePath(order.file())) {
            return Protocol.refusal(Protocol.BAD_REQUEST, "An import-sales request names the file by its whole path.");
        }
        Report report = importSales.apply(order);
        ObjectNode reply = Protocol.ok();
        reply.put(READ, report.read());
        reply.put(SUMMARY, report.summary());
        ArrayNode lines = reply.putArray(LINES);
        int used = 0;
        for (int i = 0; i < report.lines().size(); i++) {
            String line = report.lines().get(i);
            used += line.getBytes(StandardCharsets.UTF_8).length + 4;
            if (used > LINES_BUDGET) {
                int left = report.lines().size() - i;
                lines.add("… and " + left + (left == 1 ? " more line" : " more lines") + ": import the file with the"
                        + " app closed, or in the app (File ▸ Import sales), to see them all.");
                break;
            }
            lines.add(line);
        }
        return reply;
    }
}
