package org.rfcc.bench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.app.Console;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/** {@code publish --site}: the static copy, bounded, whole or not at all, with the history's text as data only. */
final class SiteTest {
    static final String HOSTILE = "<script>window.pwned=1</script>\"><img src=x onerror=\"window.pwned=2\">";

    @TempDir
    Path dir;

    private Dashboard dashboard(int runs) {
        String url = "jdbc:sqlite:" + dir.resolve("history.db");
        try (HistoryStore store = Stores.open(url)) {
            Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 0; i < runs; i++) {
                store.store(Served.run(
                        "run-" + i,
                        t0.plusSeconds(3600L * i),
                        Served.commit(i),
                        HOSTILE,
                        1000 + i,
                        "suite" + HOSTILE,
                        "javascript:alert(1)",
                        Map.of(HOSTILE, HOSTILE),
                        "score" + HOSTILE,
                        "machine" + HOSTILE));
            }
        }
        return new Dashboard(
                new Settings(url, dir.resolve("config.yaml"), false, null, dir, false, Map.of(), false),
                Console.silent());
    }

    @Test
    void theSite_holdsEveryPage_andItsDataAsJson_withHostileTextAsData() throws Exception {
        try (Dashboard dashboard = dashboard(3)) {
            Path site = dir.resolve("site");
            Site.Outcome outcome = Site.write(dashboard, site, Instant.parse("2026-12-01T00:00:00Z"));
            for (String page : Pages.NAMES) {
                String html = Files.readString(site.resolve(page + ".html"));
                assertThat(html)
                        .contains("data-site=\"static\"")
                        .doesNotContain("pwned")
                        .doesNotContain("alert(1)");
            }
            assertThat(site.resolve("assets/uPlot.iife.min.js")).exists();
            JsonNode trends =
                    Json.MAPPER.readTree(site.resolve("data/trends.json").toFile());
            assertThat(trends).hasSize(2); // score and peak RSS
            assertThat(trends.get(0).path("series").path("suite").asText()).isEqualTo("suite" + HOSTILE);
            assertThat(trends.get(0).path("run")).extracting(JsonNode::asInt).containsExactly(2, 1, 0);
            assertThat(Json.MAPPER.readTree(site.resolve("data/runs.json").toFile()))
                    .extracting(r -> r.get("run_id").asText())
                    .containsExactly("run-2", "run-1", "run-0");
            assertThat(site.resolve("data/runs/0.json")).exists();
            assertThat(site.resolve("data/compare.json")).exists();
            assertThat(Json.MAPPER
                            .readTree(site.resolve("data/site.json").toFile())
                            .path("comparison")
                            .asText())
                    .isEqualTo("run-1 (base) against run-2 (head)");
            assertThat(outcome.runs()).isEqualTo(3);
            assertThat(outcome.files()).isGreaterThan(15);
            assertThat(outcome.bytes()).isEqualTo(size(site));
        }
    }

    @Test
    void aFailedPublish_leavesTheSiteAsItWas_andNoScratchBehind() throws Exception {
        Dashboard dashboard = dashboard(2);
        Path site = dir.resolve("site");
        Site.write(dashboard, site, Instant.now());
        String before = Files.readString(site.resolve("data/runs.json"));
        dashboard.close(); // its history closed: reading it fails half-way through
        assertThatThrownBy(() -> Site.write(dashboard, site, Instant.now())).isInstanceOf(RuntimeException.class);
        assertThat(Files.readString(site.resolve("data/runs.json"))).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site"));
        }
        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Site.write(dashboard, dir.resolve("file"), Instant.now()))
                .hasMessageContaining("is a file, not a directory");
    }

    @Test
    void aLongSeries_keepsItsNewestPointsAsTheyAre_andItsOlderOnesAsMeans() {
        int n = 450;
        long[] at = new long[n];
        double[] value = new double[n];
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            at[i] = 1000L * i;
            value[i] = i;
            ids.add("r" + i);
            index.put("r" + i, n - 1 - i);
        }
        var points = new Dashboard.SeriesPoints(null, at, value, ids, ids, ids, List.of());
        Map<String, Object> small = Site.downsampled(points, index);
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) small.get("value");
        assertThat(values).hasSize(Site.OLD + Site.FULL);
        assertThat(values.get(0).doubleValue()).isEqualTo(0.5); // the mean of 0 and 1 (250 old points, 100 means)
        assertThat(values.get(Site.OLD).doubleValue()).isEqualTo(250.0);
        assertThat(values.get(values.size() - 1).doubleValue()).isEqualTo(449.0);
        assertThat(small.get("downsampled")).isEqualTo(true);
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            long sum = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sum += Files.size(f);
            }
            return sum;
        }
    }
}
