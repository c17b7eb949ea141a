package org.rfcc.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/**
 * Where a workflow finds its inputs: the history, the benchmark configuration, the alert
 * thresholds, and the working directory (whose git checkout runs record).
 *
 * @param configGiven whether {@code config} was named ({@code --config}) rather than found
 * @param alerts the alerts file, or null for alerts.yaml beside {@code config}
 * @param thresholdOnly whether comparisons judge metrics with too few forks by their thresholds
 *     alone ({@code --single-sample threshold}) rather than leave them undecided
 * @param env the environment, where the alert channels find their settings
 * @param sendAlerts whether a stored run's alerts are sent at once ({@code --no-notify}: they wait in the outbox)
 */
public record Settings(
        String storeUrl,
        Path config,
        boolean configGiven,
        Path alerts,
        Path workDir,
        boolean thresholdOnly,
        Map<String, String> env,
        boolean sendAlerts) {
    public Settings {
        env = Map.copyOf(env);
    }

    /** The environment variable that names the history when {@code --store} does not. */
    public static final String STORE_ENV = "RFCC_BENCH_STORE";
    /** The environment variable of the checkout the launcher runs from, for its config. */
    public static final String HOME_ENV = "RFCC_BENCH_HOME";

    /**
     * The settings of a command line: what it gave, else the environment ({@value #STORE_ENV};
     * benchmarks/config.yaml of the working directory, or else of {@value #HOME_ENV}), else the
     * defaults.
     */
    public static Settings resolve(String store, Path config, Path alerts, Map<String, String> env) {
        String envStore = env.get(STORE_ENV);
        String url = store != null ? store : envStore != null && !envStore.isBlank() ? envStore : Defaults.STORE_URL;
        Path local = Path.of(Defaults.CONFIG);
        String home = env.get(HOME_ENV);
        Path chosen = config != null
                ? config
                : Files.exists(local) || home == null ? local : Path.of(home).resolve(Defaults.CONFIG);
        return new Settings(url, chosen, config != null, alerts, Path.of("."), false, env, true);
    }

    /** These settings, judging metrics with too few forks by their thresholds alone or not. */
    public Settings withThresholdOnly(boolean thresholdOnly) {
        return new Settings(storeUrl, config, configGiven, alerts, workDir, thresholdOnly, env, sendAlerts);
    }

    /** These settings, sending a stored run's alerts at once or leaving them in the outbox. */
    public Settings withSendAlerts(boolean sendAlerts) {
        return new Settings(storeUrl, config, configGiven, alerts, workDir, thresholdOnly, env, sendAlerts);
    }

    /** Opens the history, creating or migrating its schema; a bad URL fails in one line. */
    public HistoryStore openStore() {
        return Stores.open(storeUrl);
    }

    /** The history's URL without its password, for messages. */
    public String storeName() {
        return Stores.redact(storeUrl);
    }
}
