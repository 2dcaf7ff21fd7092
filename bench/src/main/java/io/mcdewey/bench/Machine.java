package io.mcdewey.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the figures were measured on, printed above them since they mean little without it.
 *
 * @param jvm the runtime's name, vendor and version
 * @param os the operating system and architecture
 * @param processors the processors the JVM may use
 * @param maxHeapBytes the most heap the JVM will take
 * @param collectors the garbage collectors in use
 * @param loadAverage the system load average over the last minute when the figures were printed, negative where
 *     the system does not tell; other work on the machine makes figures slower and noisier
 */
record Machine(String jvm, String os, int processors, long maxHeapBytes, List<String> collectors,
    double loadAverage) {

  static Machine current() {
    return new Machine(
        System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
