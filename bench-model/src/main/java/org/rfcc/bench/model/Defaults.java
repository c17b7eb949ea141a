package org.rfcc.bench.model;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.AlertLevels;

/**
 * Every default of rfcc-bench in one place, as JMH keeps its own in {@code runner/Defaults}: what
 * applies when a key of config.yaml or alerts.yaml, or an option of the command line, is left
 * out. The text constants are the ones picocli shows in {@code --help}; README lists them all.
 */
public final class Defaults {
    // --- Files and places -------------------------------------------------------------------

    /** The benchmark configuration, relative to the working directory ({@code --config}). */
    public static final String CONFIG = "benchmarks/config.yaml";
    /** The alert configuration, beside the benchmark configuration ({@code --alerts}). */
    public static final String ALERTS_FILE = "alerts.yaml";
    /** rfcc-bench's own directory under the working directory: the history and the noise profiles. */
    public static final String HOME = ".rfcc-bench";
    /** The history: a SQLite file under {@link #HOME} ({@code --store}, or {@code RFCC_BENCH_STORE}). */
    public static final String STORE_URL = "jdbc:sqlite:" + HOME + "/history.db";
    /** Where {@code run} writes its files ({@code --report-dir}), and {@code report} too ({@code --out}). */
    public static final String REPORT_DIR = ".";

    // --- config.yaml ------------------------------------------------------------------------

    /** The profile that means the config's top level as written. */
    public static final String PROFILE = "full";
    /** The profile of {@code --quick} and of {@code quick-check}. */
    public static final String QUICK_PROFILE = "quick";
    /** JMH forks per benchmark ({@code forks}). */
    public static final int FORKS = 1;
    /** Extra JVM flags for every JMH fork ({@code jvm_args}). */
    public static final List<String> JVM_ARGS = List.of();
    /** Months of history kept ({@code history.retention_months}); 0 keeps every run. */
    public static final int RETENTION_MONTHS = 12;

    // --- alerts.yaml ------------------------------------------------------------------------

    /** Warning and critical thresholds of each alert class, in percent. */
    public static final Map<AlertClass, AlertLevels> LEVELS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            AlertClass.COMPRESSION_SPEED, new AlertLevels(15, 25),
            AlertClass.MEMORY_USAGE, new AlertLevels(20, 50),
            AlertClass.MODEL_ACCURACY, new AlertLevels(2, 5))));
    /** The false discovery rate over every metric of a comparison ({@code statistics.false_discovery_rate}). */
    public static final double FALSE_DISCOVERY_RATE = 0.01;
    /** The fewest forks per side with which a comparison decides ({@code statistics.min_forks}). */
    public static final int MIN_FORKS = 3;
    /** Where alerts go ({@code notification.channels}). */
    public static final List<String> CHANNELS = List.of("github", "slack", "email");
    /** How long a critical alert may stay unacknowledged before it escalates ({@code notification.escalation_time}). */
    public static final Duration ESCALATION = Duration.ofHours(24);
    /** How many consecutive runs must agree on a change before its alert is sent ({@code notification.confirm_runs}). */
    public static final int CONFIRM_RUNS = 1;
    /** The branch whose runs make a series' baseline ({@code notification.base_branch}). */
    public static final String BASE_BRANCH = "main";
    /** How long a daily benchmark may go without a run before a missing alert ({@code notification.missing_after}). */
    public static final Duration MISSING_AFTER = Duration.ofDays(3);

    // --- Commands ---------------------------------------------------------------------------

    /** What {@code run} says started it ({@code --source}). */
    public static final String SOURCE = "run";
    /** The suites {@code run} runs ({@code --suite}): every one found. */
    public static final String ALL_SUITES = "all";
    /** The level of regression at which a command exits 1 ({@code --fail-on}). */
    public static final String FAIL_ON = "critical";
    /** How a comparison is printed ({@code --format} of compare and ab). */
    public static final String COMPARISON_FORMAT = "table";
    /** How the history is printed ({@code --format} of history and changepoints). */
    public static final String LISTING_FORMAT = "table";
    /** A/A runs that {@code calibrate} makes ({@code --runs}). */
    public static final int CALIBRATION_RUNS = 10;
    /** The most forks per side that {@code --compare-with} takes from the calibrated noise. */
    public static final int MAX_CALIBRATED_FORKS = 10;
    /** How far back {@code quick-check} looks for an ancestor with a stored run, in commits. */
    public static final int ANCESTRY = 200;
    /** How many runs a trend of the report shows at most. */
    public static final int TREND_RUNS = 60;

    // --- Change points ----------------------------------------------------------------------

    /**
     * The significance level of change points ({@code --significance}), 5e-6: a split becomes a change point when the t-test of its two
     * sides gives a p-value below it. That is far below the 0.001 that Otava uses, because the p-value is
     * that of the best of the ~n²/2 windows a segment offers (about 20,000 for 200 points), not of one
     * split chosen in advance: on 200-point series of pure noise, 0.001 reported a spurious change in 7%
     * of them, 5e-6 in about 0.1%. On the synthetic suite of {@code EDivisiveMeansTest} (5–30% shifts,
     * 1–3% noise, outliers) this value, with {@link #MIN_SEGMENT}, gave the highest F1; of the
     * settings tied there it kept the most recall for 2–5% shifts.
     */
    public static final double CHANGE_SIGNIFICANCE = 5e-6;
    /**
     * The minimum segment length of change points ({@code --min-segment}), 10 points: no change point lies closer than 10 points to
     * another or to either end of the series, so a shift is reported once 10 points at the new level
     * exist. Shorter segments let a cluster of two or three outliers, or a run of low noise, pass for a
     * level shift; 10 maximised F1 on the synthetic suite with {@link #CHANGE_SIGNIFICANCE}.
     */
    public static final int MIN_SEGMENT = 10;

    // --- Ingest and store upkeep ------------------------------------------------------------

    /** The direction of github-action-benchmark values: {@code customSmallerIsBetter}, as run writes them. */
    public static final Direction GAB_DIRECTION = Direction.LOWER_IS_BETTER;
    /** {@link #GAB_DIRECTION} as the option text. */
    public static final String GAB_DIRECTION_TEXT = "lower_is_better";
    /** The age past which {@code store prune} removes runs ({@code --older-than}). */
    public static final String PRUNE_OLDER_THAN = "12m";
    /** Backups that {@code store backup} keeps ({@code --keep}). */
    public static final int BACKUP_KEEP = 8;

    // --- Any JMH project --------------------------------------------------------------------

    /** The profile of runs of a JMH jar and of imported JMH JSON: one series for both routes. */
    public static final String JMH_PROFILE = "jmh";
    /** Forks per side of {@code ab}, run one at a time in ABBA order ({@code --forks}). */
    public static final int AB_FORKS = 5;

    private Defaults() {}
}
