package org.rfcc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.ReportFixtures.params;
import static org.rfcc.bench.report.ReportFixtures.result;
import static org.rfcc.bench.report.ReportFixtures.run;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.seam.Rule;
import org.rfcc.bench.report.ReportFixtures;

final class RfccRulesTest {
    private static List<String> findings(Rule rule, RunRecord run) {
        return rule.apply(run);
    }

    private static Metric exact(String unit, double v) {
        return Metric.exact(unit, Direction.LOWER_IS_BETTER, v);
    }

    @Test
    void highAllocation_flagsMoreThanTenKibPerToken() {
        BenchmarkResult heavy = result(
                "compression", "memory_usage", params("document_size", 1000), "alloc_mb_per_op", exact("MB/op", 30));
        BenchmarkResult light = result(
                "compression", "memory_usage", params("document_size", 10000), "alloc_mb_per_op", exact("MB/op", 17));
        List<String> found = findings(RfccRules.HIGH_ALLOCATION, run(heavy, light));
        assertThat(found).singleElement().asString().contains("30.7 KiB per input token");
    }

    @Test
    void ratioOffTarget_flagsAnErrorAboveTenPercent() {
        BenchmarkResult off = result(
                "compression",
                "compression_ratio",
                params("compression_ratio", 32),
                "achieved_ratio",
                exact("ratio", 24),
                "ratio_error",
                exact("ratio", 0.25));
        BenchmarkResult on = result(
                "compression",
                "compression_ratio",
                params("compression_ratio", 4),
                "achieved_ratio",
                exact("ratio", 4.1),
                "ratio_error",
                exact("ratio", 0.025));
        assertThat(findings(RfccRules.RATIO_OFF_TARGET, run(off, on)))
                .singleElement()
                .asString()
                .contains("1 compressions", "achieved 24.00x for 32x");
    }

    @Test
    void retentionBelowBaseline_flagsRfccBelowLeadOrRandom() {
        BenchmarkResult worse = result(
                "compression",
                "compression_ratio",
                params("compression_ratio", 8),
                "information_retention",
                exact("score", 0.2),
                "information_retention_random",
                exact("score", 0.1),
                "information_retention_lead_n",
                exact("score", 0.3));
        assertThat(findings(RfccRules.RETENTION_BELOW_BASELINE, run(worse)))
                .singleElement()
                .asString()
                .contains("retains 0.200", "lead_n baseline's 0.300");
    }

    @Test
    void memorySuperlinear_flagsGrowthFasterThanLinearAtTheLargestSizes() {
        Random random = new Random(7);
        List<BenchmarkResult> quadratic = List.of(1000, 2000, 4000).stream()
                .map(size -> result(
                        "compression",
                        "memory_usage",
                        params("model", "m", "document_size", size, "compression_ratio", 4),
                        "peak_heap_mb",
                        ReportFixtures.measured(
                                "MB", Direction.LOWER_IS_BETTER, 1e-5 * size * (double) size, 3, 3, random),
                        "alloc_mb_per_op",
                        exact("MB/op", size / 1000.0)))
                .toList();
        assertThat(findings(RfccRules.MEMORY_SUPERLINEAR, run(quadratic, List.of(), Map.of())))
                .singleElement()
                .asString()
                .containsPattern("peak_heap_mb of m grows as size\\^2\\.0\\d from 2,000 to 4,000 tokens");
    }
}
