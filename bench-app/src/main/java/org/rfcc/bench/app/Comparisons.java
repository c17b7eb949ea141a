package org.rfcc.bench.app;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.store.HistoryStore;

/** {@code compare BASE HEAD}: the regression analysis of two runs, each a run file, a stored run id or a git ref. */
public final class Comparisons {
    private final Settings settings;
    private final Console console;

    public Comparisons(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * Compares {@code head} with {@code base}.
     *
     * @param profile the profile of the stored run a git ref names; null for the other side's, else full
     * @param profileDiff profile the regressions on builds of both runs' commits ({@link ProfileDiffs})
     *     into its {@code profile_diff/}, or null
     */
    public Comparison compare(String base, String head, String profile, Path profileDiff) {
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
            Comparison c =
                    Verdicts.compare(settings, store, baseRun, headRun, Configs.alerts(settings), Verdicts.How.APART);
            return profileDiff != null ? explain(c, baseRun, headRun, profileDiff) : c;
        }
    }

    /** {@code c} with its regressions profiled on builds of the two runs' commits. */
    private Comparison explain(Comparison c, RunRecord base, RunRecord head, Path root) {
        Set<String> suites = new LinkedHashSet<>();
        head.results().stream().map(BenchmarkResult::suite).forEach(suites::add);
        suites.retainAll(RunService.availableSuites());
        if (suites.isEmpty()) {
            throw new UserException(
                    "--profile-diff reruns the config's suites, and these runs have none (a JMH jar's?);"
                            + " compare two jars with 'rfcc-bench ab --base A.jar --head B.jar --profile-diff'");
        }
        Path scratch = CompareWith.scratch();
        try {
            return ProfileDiffs.explain(
                    c,
                    build("base", base, suites, scratch),
                    build("head", head, suites, scratch),
                    root,
                    settings.workDir(),
                    settings.env().get(Profiles.ASYNC_PROFILER_ENV),
                    console);
        } finally {
            BuildCache.delete(scratch);
        }
    }

    private ProfileDiffs.Build build(String side, RunRecord run, Set<String> suites, Path scratch) {
        String commit = run.git().commit();
        if (commit == null) {
            throw new UserException("--profile-diff builds each run's commit, and the " + side + " run " + run.runId()
                    + " has none (it was not measured in a git checkout)");
        }
        if (run.git().dirty()) {
            console.warn("--profile-diff: the " + side + " run was measured with uncommitted changes; its profile is"
                    + " of commit " + commit.substring(0, 10) + " as committed");
        }
        Path root = GitProbe.root(settings.workDir()).orElse(settings.workDir());
        List<String> args = CompareWith.roundArgs(settings, run.profile(), suites, BenchmarkFilter.ALL, "run");
        return (only, agent) -> { // built when a regression asks for it, once (BuildCache keeps it)
            BuildCache.Build built = BuildCache.of(root, commit, console).orElseThrow(CompareWith::noLauncher);
            return CompareWith.build(side, built.dir(), built.classpath(), built.serves(), args, suites, scratch)
                    .open(only, agent);
        };
    }
}
