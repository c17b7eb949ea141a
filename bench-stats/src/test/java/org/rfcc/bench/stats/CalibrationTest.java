package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertsConfig;

final class CalibrationTest {
    @TempDir
    Path dir;

    private static List<RunRecord> aaRuns(int n) {
        SimulatedRuns sim = new SimulatedRuns(11, 20, 5, 0.03, 0);
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(sim.run("r" + i));
        }
        return runs;
    }

    @Test
    void of_aaRuns_measuresTheNoiseAndNoFalseAlerts() {
        Calibration c = Calibration.of(aaRuns(10), AlertsConfig.defaults());
        assertThat(c.pairs()).isEqualTo(45);
        assertThat(c.falseAlerts()).isZero();
        assertThat(c.calibratedFalseAlerts()).isZero();
        assertThat(c.calibratedAnyFlagged()).isLessThanOrEqualTo(2);
        assertThat(c.series()).hasSize(20);
        assertThat(c.series()).allSatisfy(s -> {
            assertThat(s.cvPct()).isCloseTo(3.0, within(1.0));
            assertThat(s.forks()).isEqualTo(50);
            assertThat(s.forksNeeded()).isBetween(2, 10);
        });
    }

    @Test
    void profile_writtenAndRead_isTheSame() {
        Calibration c = Calibration.of(aaRuns(3), AlertsConfig.defaults());
        NoiseProfile p = c.profile("fp", "quick", Instant.parse("2026-11-27T12:00:00Z"));
        Path file = dir.resolve("noise.json");
        p.write(file);
        NoiseProfile back = NoiseProfile.read(file);
        assertThat(back).isEqualTo(p);
        assertThat(back.of(c.series().get(0).series())).isPresent();
        assertThat(NoiseProfile.read(dir.resolve("absent.json")).series()).isEmpty();
    }

    @Test
    void of_oneRun_isRefused() {
        assertThatThrownBy(() -> Calibration.of(aaRuns(1), AlertsConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two runs");
    }

    @Test
    void compare_withCalibratedNoise_decidesWithTheProfilesVariance() {
        Calibration c = Calibration.of(aaRuns(10), AlertsConfig.defaults());
        NoiseProfile p = c.profile("sim", "quick", Instant.now());
        SimulatedRuns sim = new SimulatedRuns(12, 20, 3, 0.03, 0);
        Comparison cmp = new RunComparator(AlertsConfig.defaults(), p).compare(sim.run("a"), sim.run("b", 4, 30));
        Change slowed = cmp.changes().stream()
                .filter(ch -> ch.benchmark().equals("bench_4"))
                .findFirst()
                .orElseThrow();
        assertThat(slowed.level()).isEqualTo(Level.CRITICAL);
        assertThat(slowed.noisePct()).isCloseTo(3.0, within(1.0));
    }
}
