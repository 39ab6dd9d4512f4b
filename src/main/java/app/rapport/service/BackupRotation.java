package app.rapport.service;

import app.rapport.service.BackupFolder.Backup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which backups are kept: the newest of each of the last 12 days, 10 weeks and 9 months. */
final class BackupRotation {
    static final int KEEP_DAILY = 12;
    static final int KEEP_WEEKLY = 10;
    static final int KEEP_MONTHLY = 9;
    private static final Logger LOG = LoggerFactory.getLogger(BackupRotation.class);

    private BackupRotation() {
    }

    /** Keeps the newest backup of each of the last 12 days, 10 weeks and 9 months; deletes the rest. */
    static List<Path> prune(Path folder, LocalDate today) {
        List<Backup> all;
        try {
            all = BackupFolder.listIn(folder);
        } catch (IOException e) {
            LOG.warn("Cannot list {} to thin out old backups", folder, e);
            return List.of();
        }
        Set<Path> keep = new HashSet<>();
        keep.addAll(newestPer(all, b -> b.takenAt().toLocalDate(), KEEP_DAILY));
        keep.addAll(newestPer(all, b -> b.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                + b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), KEEP_WEEKLY));
        keep.addAll(newestPer(all, b -> YearMonth.from(b.takenAt()), KEEP_MONTHLY));
        List<Path> deleted = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    deleted.add(b.file());
                } catch (IOException e) {
                    LOG.warn("Cannot delete the old backup {}", b.file(), e);
                }
            }
        }
        return deleted;
    }

    private static <K> List<Path> newestPer(List<Backup> newestFirst, Function<Backup, K> period, int periods) {
        Set<K> seen = new LinkedHashSet<>();
        List<Path> kept = new ArrayList<>();
        for (Backup b : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(b))) {
                break;
            }
            if (seen.add(period.apply(b))) {
                kept.add(b.file());
            }
        }
        return kept;
    }
}
