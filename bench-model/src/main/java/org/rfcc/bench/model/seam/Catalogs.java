package org.rfcc.bench.model.seam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.Thresholds;

/**
 * The catalogs on the classpath, loaded once, and the answers of the one that claims a suite: the
 * framework asks here, never a catalog by name. A suite that no catalog claims gets {@link Catalog}'s
 * defaults, which suit any JMH project.
 */
public final class Catalogs {
    private static final List<Catalog> INSTALLED = load();

    /** The catalog of the suites that no installed catalog claims. */
    private static final Catalog DEFAULT = new Catalog() {
        @Override
        public Set<String> suites() {
            return Set.of();
        }
    };

    private Catalogs() {}

    private static List<Catalog> load() {
        List<Catalog> found = new ArrayList<>();
        ServiceLoader.load(Catalog.class).forEach(found::add);
        return List.copyOf(found);
    }

    /** The catalog that claims {@code suite}, or the defaults. */
    public static Catalog of(String suite) {
        return INSTALLED.stream()
                .filter(c -> c.suites().contains(suite))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The alert class of a metric, as the catalog of its suite says. */
    public static Optional<AlertClass> alertClass(String suite, String benchmark, String metric, String unit) {
        return of(suite).alertClass(benchmark, metric, unit);
    }

    /** The threshold rules of every installed catalog for the configured {@code limits}. */
    public static List<ThresholdRule> thresholds(Thresholds limits) {
        return INSTALLED.stream().flatMap(c -> c.thresholds(limits).stream()).toList();
    }

    /** The key series of {@code run}: each catalog's for its suites, the default for the rest. */
    public static List<KeySeries> keySeries(RunRecord run) {
        Set<String> claimed = new LinkedHashSet<>();
        INSTALLED.forEach(c -> claimed.addAll(c.suites()));
        return Stream.concat(
                        INSTALLED.stream().flatMap(c -> c.keySeries(run).stream()),
                        KeySeries.primaries(run, s -> !claimed.contains(s)).stream())
                .toList();
    }

    /**
     * The series of {@code run} that a comparison tests as its primary family: the catalogs' key
     * series, and the first metric (JMH's primary score) of every result of a suite no catalog
     * claims. Every other metric is secondary.
     */
    public static Set<String> primarySeries(RunRecord run) {
        Set<String> claimed = new LinkedHashSet<>();
        INSTALLED.forEach(c -> claimed.addAll(c.suites()));
        Set<String> names = new LinkedHashSet<>();
        INSTALLED.stream().flatMap(c -> c.keySeries(run).stream()).forEach(k -> names.add(k.name()));
        for (BenchmarkResult r : run.results()) {
            if (!claimed.contains(r.suite()) && !r.metrics().isEmpty()) {
                names.add(SeriesNames.name(
                        r.suite(),
                        r.benchmark(),
                        r.metrics().keySet().iterator().next(),
                        r.params()));
            }
        }
        return names;
    }

    /** The domain rules of every installed catalog. */
    public static List<Rule> rules() {
        return INSTALLED.stream().flatMap(c -> c.rules().stream()).toList();
    }

    /** Every model name that some catalog's config accepts. */
    public static Set<String> models() {
        Set<String> models = new LinkedHashSet<>();
        INSTALLED.forEach(c -> models.addAll(c.models()));
        return models;
    }

    /** The suites of the pre-commit check: the catalogs' hot paths; empty for every suite. */
    public static List<String> quickCheckSuites() {
        return INSTALLED.stream().flatMap(c -> c.quickCheckSuites().stream()).toList();
    }

    /** The benchmarks the pre-commit check leaves out: the catalogs' {@link Catalog#quickCheckExcludes}. */
    public static List<String> quickCheckExcludes() {
        return INSTALLED.stream().flatMap(c -> c.quickCheckExcludes().stream()).toList();
    }
}
