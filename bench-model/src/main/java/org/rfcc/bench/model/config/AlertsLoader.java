package org.rfcc.bench.model.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads benchmarks/alerts.yaml into an {@link AlertsConfig}. Every key is optional and defaults
 * as in {@link AlertsConfig}; every error names file, line, key path and what was expected, as
 * {@link ConfigLoader}'s do. Whether a missing file is an error is the caller's choice: it calls
 * {@link AlertsConfig#defaults()} instead.
 */
public final class AlertsLoader {
    private static final List<String> TOP = List.of("alerts", "notification", "statistics");
    private static final List<String> ALERTS =
            List.of("compression_speed", "memory_usage", "model_accuracy", "overrides");
    private static final String WARNING = "warning_threshold";
    private static final String CRITICAL = "critical_threshold";
    private static final List<String> LEVELS = List.of(WARNING, CRITICAL);
    private static final List<String> NOTIFICATION =
            List.of("channels", "escalation_time", "confirm_runs", "base_branch", "missing_after");
    private static final List<String> STATISTICS = List.of("false_discovery_rate", "min_forks");
    private static final String SECTIONS = "the alerts and notification sections";
    private static final String THRESHOLD = "a percentage above 0% and at most "
            + AlertLevels.percent(AlertLevels.MAX_PCT) + ", such as 15% (a plain number is read as percent)";
    private static final String FDR = "a percentage above 0% and at most 50%, such as 1%, or a number above 0"
            + " and at most " + AlertsConfig.MAX_FALSE_DISCOVERY_RATE;
    private static final String OVERRIDES = "a mapping from patterns " + AlertOverride.PATTERN_EXAMPLES
            + " to warning_threshold and critical_threshold";
    private static final double PERCENT = 100;

    private AlertsLoader() {}

    /**
     * Reads and validates {@code file}.
     *
     * @throws ConfigException when the file is missing, unreadable, empty, malformed or invalid
     */
    public static AlertsConfig load(Path file) {
        Objects.requireNonNull(file, "file");
        YamlFile doc = YamlFile.read(
                file, "an alerts configuration there (run from the repository root or pass its path)", SECTIONS);
        YamlNodes yaml = doc.yaml();
        Section top = Section.open(yaml, YamlNodes.TOP, doc.top(), doc.top(), TOP);
        Optional<Section> alerts = top.optionalSection("alerts", ALERTS);
        Map<AlertClass, AlertLevels> classes = new EnumMap<>(AlertClass.class);
        for (AlertClass c : AlertClass.values()) {
            AlertLevels fallback = Defaults.LEVELS.get(c);
            classes.put(
                    c,
                    alerts.flatMap(a -> a.optionalSection(c.key(), LEVELS))
                            .map(s -> levels(yaml, s, fallback))
                            .orElse(fallback));
        }
        List<AlertOverride> overrides = alerts.flatMap(
                        a -> a.optional("overrides").map(n -> overrides(yaml, n, a.path("overrides"))))
                .orElse(List.of());
        Optional<Section> statistics = top.optionalSection("statistics", STATISTICS);
        double fdr = statistics
                .flatMap(s -> s.optional("false_discovery_rate")
                        .map(n -> falseDiscoveryRate(yaml, n, s.path("false_discovery_rate"))))
                .orElse(Defaults.FALSE_DISCOVERY_RATE);
        int minForks = statistics
                .map(s -> s.integer("min_forks", AlertsConfig.LEAST_MIN_FORKS, Integer.MAX_VALUE, Defaults.MIN_FORKS))
                .orElse(Defaults.MIN_FORKS);
        Notification notification = top.optionalSection("notification", NOTIFICATION)
                .map(s -> notification(yaml, s))
                .orElse(AlertsConfig.defaults().notification());
        return new AlertsConfig(classes, overrides, fdr, minForks, notification);
    }

    /** Both thresholds of {@code s}; a missing one is {@code fallback}'s, or required when that is null. */
    private static AlertLevels levels(YamlNodes yaml, Section s, AlertLevels fallback) {
        Optional<Node> warningNode =
                fallback == null ? Optional.of(s.required(WARNING, THRESHOLD)) : s.optional(WARNING);
        Optional<Node> criticalNode =
                fallback == null ? Optional.of(s.required(CRITICAL, THRESHOLD)) : s.optional(CRITICAL);
        double warning =
                warningNode.map(n -> threshold(yaml, n, s.path(WARNING))).orElseGet(() -> fallback.warningPct());
        double critical =
                criticalNode.map(n -> threshold(yaml, n, s.path(CRITICAL))).orElseGet(() -> fallback.criticalPct());
        if (critical < warning) {
            // Reported at the value that is written; when both are, at critical_threshold.
            boolean atCritical = criticalNode.isPresent();
            String key = atCritical ? CRITICAL : WARNING;
            Node at = atCritical ? criticalNode.get() : warningNode.orElseThrow();
            String problem = atCritical
                    ? YamlNodes.show(at) + " is below " + WARNING + " " + given(warningNode, warning)
                    : YamlNodes.show(at) + " is above " + CRITICAL + " " + given(criticalNode, critical);
            throw yaml.error(at, s.path(key), problem, CRITICAL + " >= " + WARNING);
        }
        return new AlertLevels(warning, critical);
    }

    // The other threshold of a pair, as written with its line, or as defaulted.
    private static String given(Optional<Node> node, double value) {
        return node.map(n -> YamlNodes.show(n) + " (line " + (n.getStartMark().getLine() + 1) + ")")
                .orElse(AlertLevels.percent(value) + " (the default)");
    }

    private static double threshold(YamlNodes yaml, Node node, String path) {
        // 15% and 15 both mean fifteen percent.
        return bounded(
                yaml, node, path, yaml.percentage(node, path, THRESHOLD).number(), AlertLevels.MAX_PCT, THRESHOLD);
    }

    private static double falseDiscoveryRate(YamlNodes yaml, Node node, String path) {
        // 1% is a percentage; a plain number is the rate itself (0.01), as statisticians write it.
        YamlNodes.Percentage p = yaml.percentage(node, path, FDR);
        double rate = p.withSign() ? p.number() / PERCENT : p.number();
        return bounded(yaml, node, path, rate, AlertsConfig.MAX_FALSE_DISCOVERY_RATE, FDR);
    }

    private static double bounded(YamlNodes yaml, Node node, String path, double value, double max, String expected) {
        if (!(value > 0)) {
            throw yaml.error(node, path, YamlNodes.show(node) + " is not allowed", expected);
        }
        if (value > max) {
            throw yaml.error(node, path, YamlNodes.show(node) + " is out of range", expected);
        }
        return value;
    }

    private static List<AlertOverride> overrides(YamlNodes yaml, Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            throw yaml.wrongType(node, path, OVERRIDES);
        }
        List<AlertOverride> out = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            // YamlNodes.checkKeys has made sure every key is a scalar.
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            String pattern = key.getValue();
            String keyPath = YamlNodes.child(path, pattern);
            Optional<String> problem = AlertOverride.problem(pattern);
            if (problem.isPresent()) {
                throw yaml.error(key, keyPath, "the pattern " + problem.get(), AlertOverride.PATTERN_EXAMPLES);
            }
            Section levels = Section.open(yaml, keyPath, key, tuple.getValueNode(), LEVELS);
            out.add(new AlertOverride(pattern, levels(yaml, levels, null)));
        }
        return out;
    }

    private static Notification notification(YamlNodes yaml, Section s) {
        List<String> channels =
                s.optional("channels").map(n -> channels(yaml, s, n)).orElse(Defaults.CHANNELS);
        Duration escalation = s.optional("escalation_time")
                .map(n -> escalation(yaml, n, s.path("escalation_time")))
                .orElse(Defaults.ESCALATION);
        int confirmRuns = s.integer("confirm_runs", 1, Notification.MAX_CONFIRM_RUNS, Defaults.CONFIRM_RUNS);
        String baseBranch = s.optional("base_branch")
                .map(n -> yaml.string(n, s.path("base_branch"), "a branch name such as main"))
                .orElse(Defaults.BASE_BRANCH);
        Duration missingAfter = s.optional("missing_after")
                .map(n ->
                        n instanceof ScalarNode zero && zero.getValue().strip().equals("0")
                                ? Duration.ZERO
                                : yaml.parsed(
                                        n,
                                        s.path("missing_after"),
                                        t -> Notification.parseDuration(t).filter(d -> !d.isNegative()),
                                        "a duration",
                                        "0 (off) or " + Notification.DURATION_EXAMPLES))
                .orElse(Defaults.MISSING_AFTER);
        return new Notification(channels, escalation, confirmRuns, baseBranch, missingAfter);
    }

    private static List<String> channels(YamlNodes yaml, Section s, Node list) {
        List<String> names = s.strings(list, "channels", "channel", Notification.CHANNELS, true);
        List<Node> items = ((SequenceNode) list).getValue();
        for (int i = 0; i < names.size(); i++) {
            int first = names.indexOf(names.get(i));
            if (first < i) {
                String problem = "the channel " + YamlNodes.quote(names.get(i)) + " appears twice (first as "
                        + YamlNodes.item("channels", first) + ")";
                throw yaml.error(items.get(i), YamlNodes.item(s.path("channels"), i), problem, "each channel once");
            }
        }
        return names;
    }

    private static Duration escalation(YamlNodes yaml, Node node, String path) {
        Duration d = yaml.parsed(node, path, Notification::parseDuration, "a duration", Notification.DURATION_EXAMPLES);
        if (d.isZero() || d.isNegative()) {
            throw yaml.error(node, path, YamlNodes.show(node) + " is not allowed", Notification.DURATION_EXAMPLES);
        }
        return d;
    }
}
