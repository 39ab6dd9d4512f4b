package app.rapport.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap's high-water mark: the most the heap held at once, read just before each collection
 * (when it holds the most) and at the end. Summing each pool's own peak would count young and old
 * peaks reached at different times, and can come out above the heap's limit.
 */
final class HeapWatch {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();

    private HeapWatch() {
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    watch.seen(info.getGcInfo().getMemoryUsageBeforeGc());
                }
            }, null, null);
        }
        return watch;
    }

    private void seen(Map<String, MemoryUsage> pools) {
        long used = pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
    }

    /** The most the heap held at once so far, in bytes. */
    long peak() {
        long now = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> heapPools.contains(p.getName()))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        return Math.max(peak.get(), now);
    }
}
