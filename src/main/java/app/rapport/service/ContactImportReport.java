package app.rapport.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an import of contacts did (or, in a dry run, would do).
 *
 * @param skippedRows the rows skipped because they were already in the book or earlier in the file
 * @param problems what could not be read or taken, each naming its row ("Line 9: ...")
 */
public record ContactImportReport(int added, int merged, int skipped, List<DuplicateContact> skippedRows,
        List<String> problems, boolean dryRun) {
    private static final Pattern ROW = Pattern.compile("(?:Line|Card) (\\d+)\\b.*");

    public String summary() {
        return (dryRun ? "Would add " : "Added ") + added + ", " + (dryRun ? "merge " : "merged ") + merged
                + ", " + (dryRun ? "skip " : "skipped ") + skipped + (problems.isEmpty() ? "."
                : "; " + problems.size() + (problems.size() == 1 ? " problem." : " problems."));
    }

    /** Each skipped row and each problem, one a line, in the order of the file. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems);
        skippedRows.forEach(d -> lines.add(d.explain() + "; " + (dryRun ? "would be skipped." : "skipped.")));
        lines.sort(Comparator.comparingLong(ContactImportReport::row));
        return lines;
    }

    /** The summary, then {@link #lines()}: what the command line prints and the import dialog shows. */
    public String text() {
        return String.join("\n", Stream.concat(Stream.of(summary()), lines().stream()).toList());
    }

    private static long row(String line) {
        Matcher m = ROW.matcher(line);
        return m.matches() && m.group(1).length() < 10 ? Long.parseLong(m.group(1)) : 0;
    }
}
