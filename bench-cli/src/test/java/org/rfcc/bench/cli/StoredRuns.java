package org.rfcc.bench.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** Small run records for the history commands' tests. */
final class StoredRuns {
    private StoredRuns() {}

    static RunRecord run(String id, String startedAt, double tokensPerSecond) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        return run(id, startedAt, tokensPerSecond, params);
    }

    /** A run of one compression_speed result with {@code params}. */
    static RunRecord run(String id, String startedAt, double tokensPerSecond, Map<String, Object> params) {
        Instant started = Instant.parse(startedAt);
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started.plusSeconds(30),
                "quick",
                "run",
                new GitInfo("0123456789abcdef0123456789abcdef01234567", "main", false),
                new Machine("fp", "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(
                        "compression",
                        "compression_speed",
                        params,
                        Map.of(
                                "tokens_per_second",
                                Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, tokensPerSecond)))),
                List.of(),
                null);
    }
}
