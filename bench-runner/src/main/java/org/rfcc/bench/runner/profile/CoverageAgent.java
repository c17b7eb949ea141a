package org.rfcc.bench.runner.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;

/**
 * A JMH profiler that starts every fork with the JaCoCo agent, which adds what the fork executed
 * of the included classes to one execution-data file ({@code append=true}: the forks run one after
 * another). Its options: {@code agent=JAR;destfile=FILE;includes=a.b.*:c.d.*}, and optionally
 * {@code excludes=a.b.c.*}. JDK and JMH only, so
 * that it runs in a {@code --jmh-jar}'s JMH too.
 */
public final class CoverageAgent implements ExternalProfiler {
    private final String flag;

    /** Reads {@code agent=…;destfile=…;includes=…}. */
    public CoverageAgent(String initLine) {
        Map<String, String> options = new HashMap<>();
        for (String option : initLine.split(";")) {
            int eq = option.indexOf('=');
            if (eq > 0) {
                options.put(
                        option.substring(0, eq).strip(),
                        option.substring(eq + 1).strip());
            }
        }
        for (String key : List.of("agent", "destfile", "includes")) {
            if (!options.containsKey(key)) {
                throw new IllegalArgumentException("the coverage agent needs " + key + "=… in '" + initLine + "'");
            }
        }
        flag = "-javaagent:" + options.get("agent") + "=destfile=" + options.get("destfile")
                + ",append=true,output=file,includes=" + options.get("includes")
                + (options.containsKey("excludes") ? ",excludes=" + options.get("excludes") : "");
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return List.of(flag);
    }

    @Override
    public void beforeTrial(BenchmarkParams params) {}

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterTrial(
            BenchmarkResult br, long pid, java.io.File stdOut, java.io.File stdErr) {
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    @Override
    public String getDescription() {
        return "JaCoCo's agent on every fork, for run --coverage";
    }
}
