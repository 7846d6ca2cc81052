package io.tork.application.common;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;

/** What a node reports about the machine it runs on. */
public final class HostFacts {
    private HostFacts() {
    }

    /** The machine's load as a percentage of its processors (0–100). */
    public static double cpuPercent() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return load < 0 ? 0 : Math.min(100, Math.round(load / os.getAvailableProcessors() * 10000) / 100.0);
    }

    public static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
