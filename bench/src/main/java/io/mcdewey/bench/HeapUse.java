package io.mcdewey.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The memory one run of a case takes, measured around a run that starts right after a full collection.
 *
 * @param allocatedBytes what the run allocated, as the JVM counts it for the running thread
 * @param peakBytes the most heap in use during the run: the sum of each heap pool's peak, so an upper bound, and
 *     including {@code baselineBytes}
 * @param baselineBytes the heap in use when the run began
 */
record HeapUse(long allocatedBytes, long peakBytes, long baselineBytes) {

  static HeapUse of(Case measured) throws Exception {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    measured.run();
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new HeapUse(allocated, peak, baseline);
  }
}
