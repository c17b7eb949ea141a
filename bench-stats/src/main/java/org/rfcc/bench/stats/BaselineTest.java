package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertLevels;

/**
 * A new run's values against the baseline of each series, the newest stored runs before it: is the
 * new value outside what those runs spread over? On the log scale, the baseline runs more than
 * {@value #OUTLIER_SPREADS} robust standard deviations (1.4826 × the median absolute deviation) from
 * their median are left out, so that a few broken runs move neither the level nor the spread; the
 * level and spread are then the mean and standard deviation of the n runs kept, and the new value
 * is tested as a prediction, t = (log x − level) / (spread √(1 + 1/n)) on n − 1 degrees of freedom
 * (for normal noise the plain t-test: the cut leaves everything in).
 * The spread is the run-to-run noise itself, so a machine needs no calibration for it. The series of
 * one run are one family for Benjamini–Hochberg at the configured false discovery rate; a change is
 * as loud as its class's thresholds say once it is significant, else {@link Level#NONE}.
 */
public final class BaselineTest {
    /** The fewest baseline runs a series is tested with. */
    public static final int MIN_RUNS = RunToRunNoise.MIN_RUNS;

    /** The MAD of a normal sample, times this, estimates its standard deviation. */
    private static final double MAD_TO_SD = 1.4826;

    /** How many robust standard deviations from the median a baseline run may lie and still count. */
    static final double OUTLIER_SPREADS = 5;

    private BaselineTest() {}

    /**
     * One series of the run.
     *
     * @param baseline the values of its baseline runs, oldest first
     * @param value the new run's value
     * @param levels the thresholds of its class, empty when it is in none
     */
    public record Series(double[] baseline, double value, Direction direction, Optional<AlertLevels> levels) {}

    /**
     * The verdict on one series.
     *
     * @param baseline the baseline's level, in the series' unit
     * @param changePct the new value's change from it, in percent
     * @param lowPct the low end of its interval (at the level the false-discovery control tests at)
     * @param highPct its high end
     * @param level how loud: {@link Level#NONE} unless significant
     * @param badnessPct how much worse the new value is, in percent, as {@link RunComparator#badness} says
     * @param runs how many baseline runs the test kept
     */
    public record Verdict(
            double baseline,
            double changePct,
            double lowPct,
            double highPct,
            double pValue,
            double qValue,
            Level level,
            double badnessPct,
            int runs) {
        /** A regression at warning or louder. */
        public boolean regression() {
            return level.atLeast(Level.WARNING);
        }
    }

    /**
     * The verdicts on {@code series}, in their order (empty for a series whose baseline has fewer than {@value
     * #MIN_RUNS} runs or a value that is not positive), tested together at false discovery rate {@code q}.
     */
    public static List<Optional<Verdict>> judge(List<Series> series, double q) {
        List<double[]> tests = new ArrayList<>(); // level, spread × √(1 + 1/n), df, p, for each tested series
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.baseline().length < MIN_RUNS
                    || !(s.value() > 0)
                    || Arrays.stream(s.baseline()).anyMatch(v -> !(v > 0) || !Double.isFinite(v))) {
                continue;
            }
            double[] logs =
                    kept(Arrays.stream(s.baseline()).map(Math::log).sorted().toArray());
            double level = Arrays.stream(logs).average().orElseThrow();
            double spread = Math.sqrt(
                    Arrays.stream(logs).map(l -> (l - level) * (l - level)).sum()
                            / (logs.length - 1)
                            * (1 + 1.0 / logs.length));
            double df = logs.length - 1;
            double distance = Math.log(s.value()) - level;
            double p = spread > 0 ? Distributions.studentTwoSidedP(distance / spread, df) : distance == 0 ? 1 : 0;
            tests.add(new double[] {level, spread, df, p});
            tested.add(i);
        }
        double[] p = tests.stream().mapToDouble(t -> t[3]).toArray();
        double[] qValues = BenjaminiHochberg.adjust(p);
        long discoveries = Arrays.stream(qValues).filter(v -> v <= q).count();
        double coverage = 1 - Math.max(discoveries, 1) * q / Math.max(p.length, 1);
        List<Optional<Verdict>> out = new ArrayList<>();
        series.forEach(s -> out.add(Optional.empty()));
        for (int k = 0; k < tested.size(); k++) {
            Series s = series.get(tested.get(k));
            double[] t = tests.get(k);
            double baseline = Math.exp(t[0]);
            double half = t[1] == 0 ? 0 : Distributions.studentQuantile(1 - (1 - coverage) / 2, t[2]) * t[1];
            double distance = Math.log(s.value()) - t[0];
            double badness = RunComparator.badness(baseline, s.value(), s.direction());
            Level level = qValues[k] <= q ? RunComparator.levelOf(badness, s.levels()) : Level.NONE;
            out.set(
                    tested.get(k),
                    Optional.of(new Verdict(
                            baseline,
                            (s.value() / baseline - 1) * 100,
                            (Math.exp(distance - half) - 1) * 100,
                            (Math.exp(distance + half) - 1) * 100,
                            p[k],
                            qValues[k],
                            level,
                            badness,
                            (int) t[2] + 1)));
        }
        return out;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The sorted {@code logs} within {@value #OUTLIER_SPREADS} robust standard deviations of their median; all of them
     * where that would leave fewer than {@value #MIN_RUNS} or the deviations are mostly ties (a MAD of 0).
     */
    private static double[] kept(double[] logs) {
        double median = median(logs);
        double mad = median(
                Arrays.stream(logs).map(l -> Math.abs(l - median)).sorted().toArray());
        double[] kept = Arrays.stream(logs)
                .filter(l -> Math.abs(l - median) <= OUTLIER_SPREADS * MAD_TO_SD * mad)
                .toArray();
        return mad > 0 && kept.length >= MIN_RUNS ? kept : logs;
    }
}
