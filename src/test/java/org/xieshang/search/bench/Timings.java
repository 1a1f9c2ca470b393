package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.DoubleStream;

/**
 * Latencies of one operation, in milliseconds, with the slowest calls named; percentiles by the nearest-rank method.
 */
record Timings(String name, double[] millis, List<String> slowest) {

    /**
     * Runs {@code warmUp} unmeasured and then {@code samples} measured calls of the operation, which returns a label
     * of what it did (the query, say) for the list of slowest calls.
     */
    static Timings measure(String name, int warmUp, int samples, IntFunction<String> operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.apply(-1 - i);
        }
        double[] millis = new double[samples];
        List<Object[]> labelled = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            String label = operation.apply(i);
            millis[i] = (System.nanoTime() - started) / 1e6;
            labelled.add(new Object[] {millis[i], label});
        }
        Arrays.sort(millis);
        List<String> slowest = labelled.stream()
                .sorted(Comparator.comparingDouble((Object[] l) -> (double) l[0])
                        .reversed())
                .limit(3)
                .map(l -> String.format("%.1f ms %s", (double) l[0], l[1]))
                .toList();
        return new Timings(name, millis, slowest);
    }

    Timings pooledWith(Timings other, String pooledName) {
        double[] all = DoubleStream.concat(Arrays.stream(millis), Arrays.stream(other.millis))
                .sorted()
                .toArray();
        return new Timings(pooledName, all, List.of());
    }

    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    String row(double baselineP95) {
        return String.format(
                "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f |",
                name,
                millis.length,
                percentile(50),
                percentile(95),
                percentile(99),
                millis[millis.length - 1],
                percentile(95) / baselineP95);
    }
}
