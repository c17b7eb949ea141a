package org.rfcc.bench.app;

import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.store.HistoryStore;

/** {@code compare BASE HEAD}: the regression analysis of two runs, each a run file, a stored run id or a git ref. */
public final class Comparisons {
    private final Settings settings;

    public Comparisons(Settings settings) {
        this.settings = settings;
    }

    /**
     * Compares {@code head} with {@code base}.
     *
     * @param profile the profile of the stored run a git ref names; null for the other side's, else full
     */
    public Comparison compare(String base, String head, String profile) {
        try (HistoryStore store = settings.openStore()) {
            var b = Baselines.direct(base, store);
            var h = Baselines.direct(head, store);
            String p = profile != null
                    ? profile
                    : h.map(RunRecord::profile)
                            .or(() -> b.map(RunRecord::profile))
                            .orElse(Defaults.PROFILE);
            RunRecord baseRun = b.orElseGet(() -> Baselines.ofRef(base, store, p, settings.workDir()));
            RunRecord headRun = h.orElseGet(() -> Baselines.ofRef(head, store, p, settings.workDir()));
            return Verdicts.compare(settings, store, baseRun, headRun, Configs.alerts(settings), Verdicts.How.APART);
        }
    }
}
