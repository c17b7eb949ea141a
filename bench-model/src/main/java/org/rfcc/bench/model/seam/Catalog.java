package org.rfcc.bench.model.seam;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.Thresholds;

/**
 * The suite seam: what the provider of some suites tells the framework about its own benchmarks,
 * so that the framework names none of them. It says which alert class each metric belongs to,
 * which benchmark each configured threshold judges, which series the report follows, and which
 * rules of its domain the report's recommendations apply. Found with {@link java.util.ServiceLoader}
 * ({@link Catalogs}); results of suites that no catalog claims (any JMH project's) get the
 * default answers of this interface.
 */
public interface Catalog {
    /** The suites this catalog speaks for, by name. */
    Set<String> suites();

    /** The alert class of {@code metric} of {@code benchmark}; by default by its name and unit ({@link AlertClass#of}). */
    default Optional<AlertClass> alertClass(String benchmark, String metric, String unit) {
        return AlertClass.of(metric, unit);
    }

    /** The rules of the config's performance_thresholds; none by default. */
    default List<ThresholdRule> thresholds(Thresholds limits) {
        return List.of();
    }

    /** The series of {@code run}'s results (of this catalog's suites) that the report follows as trends. */
    default List<KeySeries> keySeries(RunRecord run) {
        return KeySeries.primaries(run, suites()::contains);
    }

    /** The recommendation rules of this catalog's domain; none by default. */
    default List<Rule> rules() {
        return List.of();
    }

    /** The model names the config's {@code test_models} may use; none by default. */
    default Set<String> models() {
        return Set.of();
    }

    /** The suites of the pre-commit check, the hot path; empty for every suite. */
    default List<String> quickCheckSuites() {
        return List.of();
    }

    /**
     * Benchmarks of those suites that the pre-commit check leaves out to stay within a minute
     * (regular expressions on {@code suite/benchmark[params]}, as {@code run --exclude}); CI's full
     * run and {@code run --compare-with} still measure them.
     */
    default List<String> quickCheckExcludes() {
        return List.of();
    }
}
