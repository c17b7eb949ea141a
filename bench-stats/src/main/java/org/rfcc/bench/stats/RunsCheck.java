package org.rfcc.bench.stats;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rfcc.bench.model.RunRecord;

/** Whether two runs measured the same thing in the same way, so that their difference means something. */
public final class RunsCheck {
    /**
     * Forks change the power of a comparison, not its subject; the JMH version changes the harness, which a history
     * of years crosses (and an old file may not name); the rest never touch a measurement.
     */
    private static final List<String> IGNORED =
            List.of("forks", "jmh_version", "history", "reporting", "performance_thresholds", "profiles");

    private RunsCheck() {}

    /** @throws IncomparableRunsException naming what differs */
    static void comparable(RunRecord base, RunRecord head) {
        if (!base.profile().equals(head.profile())) {
            throw new IncomparableRunsException("the runs used different profiles (base " + base.profile() + ", head "
                    + head.profile() + "); compare runs of the same profile");
        }
        configDifference(base.config(), head.config()).ifPresent(key -> {
            throw new IncomparableRunsException("the runs used different configs (" + key
                    + " differs); compare runs made with the same benchmarks/config.yaml");
        });
    }

    /** The first key path in which two effective configs differ in what they measure, if any. */
    public static Optional<String> configDifference(Map<String, Object> a, Map<String, Object> b) {
        return firstDifference("", measuring(a), measuring(b));
    }

    /** The config without the keys that change how much is measured or kept, not what. */
    private static Map<String, Object> measuring(Map<String, Object> config) {
        Map<String, Object> kept = new TreeMap<>(config);
        IGNORED.forEach(kept::remove);
        if (kept.get("jvm_args") instanceof List<?> args) {
            kept.put(
                    "jvm_args",
                    args.stream().map(RunsCheck::withoutAgentOptions).toList());
        }
        return kept;
    }

    /**
     * A JVM agent flag without its options: an IDE starts JMH with {@code -javaagent:idea_rt.jar=PORT:PATH}, a new port
     * each time, and an agent's options say where it talks or writes, not what the benchmark does.
     */
    private static Object withoutAgentOptions(Object arg) {
        String s = String.valueOf(arg);
        boolean agent = s.startsWith("-javaagent:") || s.startsWith("-agentpath:") || s.startsWith("-agentlib:");
        int options = s.indexOf('=');
        return agent && options > 0 ? s.substring(0, options) : arg;
    }

    /**
     * The dotted path of the first key whose value differs, in key order. A key that one side lacks is unknown there,
     * not different: an effective config names every key, and only an old JMH file leaves one out.
     */
    static Optional<String> firstDifference(String prefix, Map<?, ?> a, Map<?, ?> b) {
        TreeSet<String> keys = new TreeSet<>();
        a.keySet().forEach(k -> keys.add(String.valueOf(k)));
        b.keySet().forEach(k -> keys.add(String.valueOf(k)));
        for (String key : keys) {
            Object x = a.get(key);
            Object y = b.get(key);
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (x == null || y == null) {
                continue;
            }
            if (x instanceof Map<?, ?> mx && y instanceof Map<?, ?> my) {
                Optional<String> inner = firstDifference(path, mx, my);
                if (inner.isPresent()) {
                    return inner;
                }
            } else if (!Objects.equals(normalized(x), normalized(y))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Numbers compare by value: 4 read as an Integer equals 4 read as a Long or 4.0. */
    private static Object normalized(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(RunsCheck::normalized).toList();
        }
        return value instanceof Number n ? (Object) n.doubleValue() : value;
    }
}
