package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.alerts.AlertRaiser;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/**
 * {@code alerts confirm}: an alert on compression speed at this checkout's HEAD, whose baseline run is of HEAD too, is
 * re-run here interleaved against a build of that commit, in real JMH forks; unchanged code, so the interleaved run
 * most likely does not confirm it, and either way the alert ends as the comparison says.
 */
final class AlertConfirmIT {
    @TempDir
    Path dir;

    @Test
    void confirm_reRunsTheBenchmarkInterleavedAgainstTheBaselineCommit_andActsOnTheVerdict() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("history.db");
        Path root = Path.of(System.getProperty("rfcc.repo.root"));
        String head = GitProbe.commitOf(root, "HEAD").orElseThrow();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        params.put("compression_ratio", 4);
        SeriesKey series =
                new SeriesKey("compression", "compression_speed", params, "tokens_per_second", "ci", "quick");
        Instant raised = Instant.parse("2026-11-30T02:00:00Z");
        try (HistoryStore store = Stores.open(url)) {
            store.store(new RunRecord(
                    RunRecord.SCHEMA,
                    "baseline",
                    raised.minusSeconds(86_400),
                    raised.minusSeconds(86_000),
                    "quick",
                    "run",
                    new GitInfo(head, "main", false),
                    new Machine("ci", "Linux", "cpu", 2, 1L << 33, "OpenJDK 17", List.of(), "G1", null, false),
                    Map.of(),
                    List.of(BenchmarkResult.ok(
                            "compression",
                            "compression_speed",
                            params,
                            Map.of("tokens_per_second", Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, 6000)))),
                    List.of(),
                    null));
            store.alerts()
                    .open(
                            new StoredAlert(
                                    0,
                                    "regression",
                                    series,
                                    "open",
                                    "critical",
                                    "slow",
                                    raised,
                                    "slow",
                                    head,
                                    null,
                                    raised,
                                    6000.0,
                                    4500.0,
                                    -25.0,
                                    -30.0,
                                    -20.0,
                                    1e-6,
                                    20,
                                    1,
                                    false,
                                    raised,
                                    raised,
                                    null,
                                    null),
                            new AlertEvent(raised, "opened", AlertRaiser.SELF, null, "slow"),
                            List.of());
        }

        App.Outcome unknown = App.run(dir, "--store", url, "alerts", "confirm", "99");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("rfcc-bench: no alert 99");

        App.Outcome o = App.run(dir, "--store", url, "alerts", "confirm", "1", "--by", "ana");

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).contains("building it in a temporary worktree", "interleaved (ABBA)");
        assertThat(o.out())
                .matches("(?s)alert 1 (confirmed|not confirmed, resolved): [+-][0-9.]+% \\w+ interleaved" + " against "
                        + head.substring(0, 10) + "\\s*");
        App.Outcome list = App.run(dir, "--store", url, "alerts", "list", "--state", "all", "--format", "json");
        String state = o.out().contains("not confirmed") ? "resolved" : "open";
        assertThat(list.out()).contains("\"state\" : \"" + state + "\"");
    }
}
