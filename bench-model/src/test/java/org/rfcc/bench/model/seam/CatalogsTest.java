package org.rfcc.bench.model.seam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.TestCatalog;
import org.rfcc.bench.model.config.Thresholds;

final class CatalogsTest {
    private static RunRecord run(BenchmarkResult... results) {
        Instant t = Instant.parse("2026-11-27T15:00:00Z");
        return new RunRecord(
                RunRecord.SCHEMA,
                "r",
                t,
                t,
                "full",
                "run",
                null,
                new Machine("fp", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                List.of(results),
                List.of(),
                null);
    }

    private static BenchmarkResult result(String suite, String benchmark, String metric, double value) {
        return BenchmarkResult.ok(
                suite,
                benchmark,
                Map.of("size", 4),
                Map.of(metric, Metric.exact("ms", Direction.LOWER_IS_BETTER, value)));
    }

    @Test
    void alertClass_asksTheCatalogOfTheSuite_elseDecidesByUnit() {
        assertThat(Catalogs.alertClass(TestCatalog.SUITE, "b", "f1", "score")).contains(AlertClass.MODEL_ACCURACY);
        assertThat(Catalogs.alertClass("com.example.Bench", "b", "f1", "score")).isEmpty();
        assertThat(Catalogs.alertClass("com.example.Bench", "b", "score", "ms/op"))
                .contains(AlertClass.COMPRESSION_SPEED);
    }

    @Test
    void thresholds_comeFromTheCatalogs_withTheConfiguredLimits() {
        var rules = Catalogs.thresholds(new Thresholds(1, 2, 3, 450, 5));
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.limit()).isEqualTo(450);
            assertThat(r.benchmark()).isEqualTo(TestCatalog.SUITE + "/latency");
        });
    }

    @Test
    void keySeries_areTheCatalogsForItsSuites_andEachPrimaryScoreForTheRest() {
        RunRecord run = run(
                result(TestCatalog.SUITE, "latency", "p99_ms", 12),
                result(TestCatalog.SUITE, "other", "x_ms", 1),
                result("com.example.Bench", "parse", "score", 3));
        assertThat(Catalogs.keySeries(run))
                .extracting(KeySeries::name)
                .containsExactly(
                        TestCatalog.SUITE + "/latency/p99_ms[size=4]", "com.example.Bench/parse/score[size=4]");
    }

    @Test
    void models_areEveryCatalogs() {
        assertThat(Catalogs.models()).containsExactly("test-model");
    }
}
