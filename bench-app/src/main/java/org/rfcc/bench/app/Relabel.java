package org.rfcc.bench.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** How an import labels a run otherwise than the stored run of the same id. */
final class Relabel {
    private Relabel() {}

    /**
     * {@code "branch main (this import: dev)"}, one per label that differs; empty when none does.
     *
     * @param startGiven whether the import's start was given ({@code --started-at}), not taken
     *     from the file's last-modified time, which a copy changes
     */
    static List<String> differences(RunRecord stored, RunRecord imported, boolean startGiven) {
        List<String> out = new ArrayList<>();
        compare(out, "commit", stored.git().commit(), imported.git().commit());
        compare(out, "branch", stored.git().branch(), imported.git().branch());
        compare(
                out,
                "machine",
                stored.machine().fingerprint(),
                imported.machine().fingerprint());
        if (startGiven) {
            compare(out, "started_at", stored.startedAt(), imported.startedAt());
        }
        Map<String, Metric> before = new HashMap<>();
        for (BenchmarkResult r : stored.results()) {
            r.metrics().forEach((name, m) -> before.put(key(r, name), m));
        }
        for (BenchmarkResult r : imported.results()) {
            for (Map.Entry<String, Metric> e : r.metrics().entrySet()) {
                Metric was = before.get(key(r, e.getKey()));
                if (was != null) {
                    String series = r.id() + "/" + e.getKey();
                    compare(
                            out,
                            series + " direction",
                            was.direction().id(),
                            e.getValue().direction().id());
                    compare(out, series + " unit", was.unit(), e.getValue().unit());
                }
            }
        }
        return out.size() > 3 ? List.of(out.get(0), out.get(1), out.get(2), "and " + (out.size() - 3) + " more") : out;
    }

    private static String key(BenchmarkResult r, String metric) {
        return r.suite() + "\u0000" + r.benchmark() + "\u0000" + r.params() + "\u0000" + metric;
    }

    private static void compare(List<String> out, String label, Object stored, Object imported) {
        if (!Objects.equals(stored, imported)) {
            out.add(label + " " + (stored == null ? "none" : stored) + " (this import: "
                    + (imported == null ? "none" : imported) + ")");
        }
    }
}
