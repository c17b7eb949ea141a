package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AlertsLoaderTest {
    /** The content benchmarks/alerts.yaml must start with, byte for byte. */
    static final String SEED =
            """
            alerts:
              compression_speed:
                warning_threshold: 15%  # 15% slower than baseline
                critical_threshold: 25%  # 25% slower than baseline
              memory_usage:
                warning_threshold: 20%  # 20% more memory than baseline
                critical_threshold: 50%  # 50% more memory than baseline
              model_accuracy:
                warning_threshold: 2%   # 2% drop in F1 score
                critical_threshold: 5%  # 5% drop in F1 score
            notification:
              channels: ["github", "slack", "email"]
              escalation_time: "24h"
            """;
    // Tests run in the module directory (surefire's default); the real file lives beside the suites.
    private static final Path REAL = Path.of(System.getProperty("basedir", "."), "..", "benchmarks", "alerts.yaml");
    private static final String THRESHOLD =
            "a percentage above 0% and at most 1000%, such as 15% (a plain number is read as percent)";
    private static final String FDR =
            "a percentage above 0% and at most 50%, such as 1%, or a number above 0" + " and at most 0.5";

    @TempDir
    Path dir;

    @Test
    void realFile_startsWithTheSeedContent() throws IOException {
        String real = Files.readString(REAL, StandardCharsets.UTF_8);

        assertThat(real).startsWith(SEED);
    }

    @Test
    void load_realFile_readsTheSeedValues() {
        // The defaults are the seed values (AlertsConfigTest.defaults_areTheSeedValues), and its
        // documented optional keys restate their defaults.
        assertThat(AlertsLoader.load(REAL)).isEqualTo(AlertsConfig.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED, "{}\n"})
    void load_seedOnlyOrEmptyMapping_equalsTheDefaults(String yaml) throws IOException {
        assertThat(AlertsLoader.load(write(yaml))).isEqualTo(AlertsConfig.defaults());
    }

    @Test
    void load_classOrThresholdLeftOut_usesItsDefault() throws IOException {
        Path file = write("alerts:\n  memory_usage:\n    critical_threshold: 60%\n");

        AlertsConfig config = AlertsLoader.load(file);

        assertThat(config.classes().get(AlertClass.MEMORY_USAGE)).isEqualTo(new AlertLevels(20, 60));
        assertThat(config.classes().get(AlertClass.COMPRESSION_SPEED)).isEqualTo(new AlertLevels(15, 25));
        assertThat(config.notification()).isEqualTo(AlertsConfig.defaults().notification());
    }

    @Test
    void load_plainOrQuotedNumbers_meanPercent() throws IOException {
        Path file = write(replace(
                replace(SEED, "warning_threshold: 15%", "warning_threshold: 12.5"),
                "critical_threshold: 25%",
                "critical_threshold: \"30 %\""));

        assertThat(AlertsLoader.load(file).classes().get(AlertClass.COMPRESSION_SPEED))
                .isEqualTo(new AlertLevels(12.5, 30));
    }

    @Test
    void load_optionalKeysGiven_areRead() throws IOException {
        Path file = write(replace(replace(SEED, "[\"github\", \"slack\", \"email\"]", "[webhook]"), "\"24h\"", "90m")
                + "statistics:\n  false_discovery_rate: 0.05\n  min_forks: 5\n");

        AlertsConfig config = AlertsLoader.load(file);

        assertThat(config.notification())
                .isEqualTo(new Notification(List.of("webhook"), Duration.ofMinutes(90), 1, "main", Duration.ofDays(3)));
        assertThat(config.falseDiscoveryRate()).isEqualTo(0.05);
        assertThat(config.minForks()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"5%, 0.05", "0.5%, 0.005", "50%, 0.5", "0.1, 0.1", "0.5, 0.5"})
    void load_falseDiscoveryRate_readsPercentOrRate(String written, double rate) throws IOException {
        Path file = write(SEED + "statistics:\n  false_discovery_rate: " + written + "\n");

        assertThat(AlertsLoader.load(file).falseDiscoveryRate()).isEqualTo(rate);
    }

    @Test
    void load_emptyChannelList_sendsNothing() throws IOException {
        Path file = write(replace(SEED, "[\"github\", \"slack\", \"email\"]", "[]"));

        assertThat(AlertsLoader.load(file).notification().channels()).isEmpty();
    }

    @Test
    void load_overrides_areReadInOrder() throws IOException {
        Path file = write(
                SEED.replace(
                        "notification:\n",
                        """
                  overrides:
                    inference/inference_latency/latency_p99_ms:
                      warning_threshold: 30%
                      critical_threshold: 60
                    "*/model_loading":
                      warning_threshold: 25%
                      critical_threshold: 40%
                notification:
                """));

        assertThat(AlertsLoader.load(file).overrides())
                .containsExactly(
                        new AlertOverride("inference/inference_latency/latency_p99_ms", new AlertLevels(30, 60)),
                        new AlertOverride("*/model_loading", new AlertLevels(25, 40)));
    }

    @Test
    void load_malformedYaml_namesLineAndProblem() throws IOException {
        Path file = write(replace(SEED, "escalation_time: \"24h\"", "escalation_time: [24h"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(file))
                .withMessageStartingWith(file + ":14: malformed YAML: ")
                .withMessageNotContaining("\n");
    }

    @Test
    void load_missingFile_saysNoSuchFile() {
        Path file = dir.resolve("nope.yaml");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(file))
                .withMessage(file + ": no such file; expected an alerts configuration there"
                        + " (run from the repository root or pass its path)");
    }

    @Test
    void load_emptyFile_namesTheSections() throws IOException {
        Path empty = write("");
        Path commentsOnly = Files.writeString(dir.resolve("comments.yaml"), "# no alerts yet\n");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(empty))
                .withMessage(empty + ": the file is empty; expected the alerts and notification sections");
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(commentsOnly))
                .withMessage(commentsOnly + ": the file is empty; expected the alerts and notification sections");
    }

    @Test
    void load_directory_isNotReadable() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(dir))
                .withMessage(dir + ": this is a directory; expected a readable YAML file");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "warning_threshold: 2% |warning_threshold: fast|9|alerts.model_accuracy.warning_threshold"
                        + "|fast is a string; expected " + THRESHOLD,
                "critical_threshold: 25%|critical_threshold: [25%]|4|alerts.compression_speed.critical_threshold"
                        + "|a list is given; expected " + THRESHOLD,
                "warning_threshold: 20%|warning_threshold:|6|alerts.memory_usage.warning_threshold"
                        + "|the value is empty; expected " + THRESHOLD,
                "[\"github\", \"slack\", \"email\"]|github|12|notification.channels"
                        + "|github is a string; expected a list of channels",
                "[\"github\", \"slack\", \"email\"]|[github, {slack: on}]|12|notification.channels[1]"
                        + "|a mapping is given; expected one of github, slack, email, webhook",
                "\"24h\"|24|13|notification.escalation_time|24 is an integer; expected "
                        + Notification.DURATION_EXAMPLES,
                "escalation_time: \"24h\"|confirm_runs: 0|13|notification.confirm_runs"
                        + "|0 is not allowed; expected a positive integer",
                "escalation_time: \"24h\"|base_branch: [main]|13|notification.base_branch"
                        + "|a list is given; expected a branch name such as main",
                "escalation_time: \"24h\"|missing_after: soon|13|notification.missing_after"
                        + "|soon is not a duration; expected 0 (off) or " + Notification.DURATION_EXAMPLES,
            })
    void load_wrongType_namesTheTypeFoundAndExpected(String from, String to, int line, String path, String problem)
            throws IOException {
        assertRejected(replace(SEED, from, to), line, path + ": " + problem);
    }

    @Test
    void load_listWhereMapping_namesTheExpectedKeys() throws IOException {
        assertRejected(
                "alerts: [compression_speed]\n",
                1,
                "alerts: a list is given; expected a mapping with the keys"
                        + " compression_speed, memory_usage, model_accuracy, overrides");
        assertRejected(
                "alerts:\n  memory_usage: [20%, 50%]\n",
                2,
                "alerts.memory_usage: a list is given; expected a mapping with the keys"
                        + " warning_threshold, critical_threshold");
        assertRejected(
                "- alerts\n",
                1,
                "(top level): a list is given; expected a mapping with the alerts and notification sections");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "alerts:|alert:|1|alert|one of alerts, notification, statistics",
                "  memory_usage:|  memory:|5|alerts.memory|one of compression_speed, memory_usage, model_accuracy,"
                        + " overrides",
                "warning_threshold: 2% |warning: 2% |9|alerts.model_accuracy.warning"
                        + "|one of warning_threshold, critical_threshold",
                "escalation_time:|escalation:|13|notification.escalation"
                        + "|one of channels, escalation_time, confirm_runs, base_branch, missing_after",
                "min_forks: 3|forks: 3|16|statistics.forks|one of false_discovery_rate, min_forks",
            })
    void load_unknownKey_listsTheKnownOnes(String from, String to, int line, String path, String known)
            throws IOException {
        String withStatistics = SEED + "statistics:\n  false_discovery_rate: 1%\n  min_forks: 3\n";
        assertRejected(replace(withStatistics, from, to), line, path + ": unknown key; expected " + known);
    }

    @Test
    void load_unknownChannel_listsTheChannels() throws IOException {
        assertRejected(
                replace(SEED, "\"email\"]", "\"sms\"]"),
                12,
                "notification.channels[2]: unknown channel \"sms\"; expected one of github, slack, email, webhook");
    }

    @Test
    void load_duplicateChannel_namesBothPlaces() throws IOException {
        assertRejected(
                replace(SEED, "\"email\"]", "\"slack\"]"),
                12,
                "notification.channels[2]: the channel \"slack\" appears twice (first as channels[1]);"
                        + " expected each channel once");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"1 day\"|\"1 day\" is not a duration",
                "24H|24H is not a duration",
                "1.5h|1.5h is not a duration",
                "\"\"|an empty string is not allowed",
                "0h|0h is not allowed",
                "-2d|-2d is not allowed",
            })
    void load_badEscalationTime_expectsADuration(String written, String problem) throws IOException {
        assertRejected(
                replace(SEED, "\"24h\"", written),
                13,
                "notification.escalation_time: " + problem + "; expected " + Notification.DURATION_EXAMPLES);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0%|0% is not allowed",
                "-5%|-5% is not allowed",
                "0|0 is not allowed",
                "-15|-15 is not allowed",
                ".nan|.nan is not allowed",
                "1001%|1001% is out of range",
                ".inf|.inf is out of range",
            })
    void load_thresholdNotPositiveOrTooLarge_isRejected(String written, String problem) throws IOException {
        assertRejected(
                replace(SEED, "warning_threshold: 15%", "warning_threshold: " + written),
                3,
                "alerts.compression_speed.warning_threshold: " + problem + "; expected " + THRESHOLD);
    }

    @Test
    void load_criticalBelowWarning_namesBothKeys() throws IOException {
        String expected = "; expected critical_threshold >= warning_threshold";
        assertRejected(
                replace(SEED, "critical_threshold: 50%", "critical_threshold: 10%"),
                7,
                "alerts.memory_usage.critical_threshold: 10% is below warning_threshold 20% (line 6)" + expected);
        assertRejected(
                "alerts:\n  model_accuracy:\n    critical_threshold: 1%\n",
                3,
                "alerts.model_accuracy.critical_threshold: 1% is below warning_threshold 2% (the default)" + expected);
        assertRejected(
                "alerts:\n  compression_speed:\n    warning_threshold: 30\n",
                3,
                "alerts.compression_speed.warning_threshold: 30 is above critical_threshold 25% (the default)"
                        + expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0 is not allowed",
                "0%|0% is not allowed",
                "-1%|-1% is not allowed",
                "0.6|0.6 is out of range",
                "1|1 is out of range",
                "60%|60% is out of range",
                "often|often is a string",
            })
    void load_falseDiscoveryRateOutOfRange_isRejected(String written, String problem) throws IOException {
        assertRejected(
                SEED + "statistics:\n  false_discovery_rate: " + written + "\n",
                15,
                "statistics.false_discovery_rate: " + problem + "; expected " + FDR);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 is out of range; expected an integer >= 2",
        "0, 0 is not allowed; expected an integer >= 2",
        "2.5, 2.5 is a decimal number; expected an integer >= 2",
    })
    void load_minForksBelowTwo_isRejected(String written, String problem) throws IOException {
        assertRejected(SEED + "statistics:\n  min_forks: " + written + "\n", 15, "statistics.min_forks: " + problem);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "compression|\"compression\" has 1 segment",
                "a/b/c/d|\"a/b/c/d\" has 4 segments",
                "compression//f1|\"compression//f1\" has an empty segment",
                "compression/compression_*|\"compression/compression_*\" has * inside a segment"
                        + " (\"compression_*\")",
            })
    void load_badOverridePattern_isRejected(String pattern, String problem) throws IOException {
        assertRejected(
                overrides("    " + pattern + ":\n      warning_threshold: 5%\n      critical_threshold: 9%\n"),
                12,
                "alerts.overrides." + pattern + ": the pattern " + problem + "; expected "
                        + AlertOverride.PATTERN_EXAMPLES);
    }

    @Test
    void load_badOverrideEntry_isRejected() throws IOException {
        String at = "alerts.overrides.models/model_loading";
        assertRejected(
                overrides("    models/model_loading:\n      warning_threshold: 5%\n"),
                12,
                at + ".critical_threshold: missing key; expected " + THRESHOLD);
        assertRejected(
                overrides("    models/model_loading:\n      warning_threshold: 5%\n      critical_threshold: 4%\n"),
                14,
                at + ".critical_threshold: 4% is below warning_threshold 5% (line 13);"
                        + " expected critical_threshold >= warning_threshold");
        assertRejected(
                overrides("    models/model_loading: 5%\n"),
                12,
                at + ": 5% is a string; expected a mapping with the keys warning_threshold, critical_threshold");
        assertRejected(
                overrides("    - models/model_loading\n"),
                12,
                "alerts.overrides: a list is given; expected a mapping from patterns " + AlertOverride.PATTERN_EXAMPLES
                        + " to warning_threshold and critical_threshold");
    }

    private void assertRejected(String yaml, int line, String pathAndProblem) throws IOException {
        Path file = write(yaml);

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> AlertsLoader.load(file))
                .withMessage(file + ":" + line + ": " + pathAndProblem);
    }

    // The seed with an overrides section at line 11, before notification.
    private static String overrides(String entries) {
        return SEED.replace("notification:\n", "  overrides:\n" + entries + "notification:\n");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("alerts.yaml"), yaml);
    }

    private static String replace(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }
}
