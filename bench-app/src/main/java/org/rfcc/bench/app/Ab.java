package org.rfcc.bench.app;

import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.runner.JarPlan;
import org.rfcc.bench.runner.JmhJar;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code ab}: two builds of the same benchmarks (or one build under two sets of JVM flags) run on
 * this machine interleaved, one fork of every benchmark a round in ABBA order, and compared as
 * interleaved runs are: the machine's drift falls on both sides alike and cancels.
 */
public final class Ab {
    /**
     * What to compare.
     *
     * @param selection the benchmarks, chosen in the base jar, and how each fork runs; its forks are the rounds per side
     * @param baseJvmArgs flags for the forks of the base side only (beside the selection's)
     * @param headJvmArgs flags for the forks of the head side only
     * @param baseCommit the commit the base jar was built from, or null
     * @param headCommit the commit the head jar was built from, or null
     * @param profileDiff profile the regressions on both sides ({@link ProfileDiffs}) into its {@code
     *     profile_diff/}, or null
     */
    public record Request(
            JarRuns.Selection selection,
            Path headJar,
            List<String> baseJvmArgs,
            List<String> headJvmArgs,
            boolean store,
            String baseCommit,
            String headCommit,
            Path profileDiff) {
        public Request {
            baseJvmArgs = List.copyOf(baseJvmArgs);
            headJvmArgs = List.copyOf(headJvmArgs);
            for (String commit : new String[] {baseCommit, headCommit}) {
                if (commit != null && !commit.matches("[0-9a-f]{40}")) {
                    throw new UserException("--base-commit and --head-commit take a full commit id of 40 lower-case"
                            + " hex digits (git rev-parse HEAD), got '" + commit + "'");
                }
            }
            if (selection.settings().forks() != null && selection.settings().forks() < 2) {
                throw new UserException("--forks must be at least 2 for ab: a side's spread needs two forks");
            }
        }
    }

    /**
     * What {@code ab} found.
     *
     * @param storedIn the history both runs were stored in, or null
     */
    public record Outcome(RunRecord base, RunRecord head, Comparison comparison, String storedIn) {}

    private final Settings settings;
    private final Console console;

    public Ab(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Runs both sides interleaved and compares them. */
    public Outcome run(Request r) {
        JarRuns.Selection s = r.selection();
        JmhJar base = new JmhJar(s.jar());
        JmhJar head = new JmhJar(r.headJar());
        List<JarPlan> plans = base.plans(s.includes(), s.excludes(), s.params());
        List<JarPlan> headPlans = head.plans(s.includes(), s.excludes(), s.params());
        if (!headPlans.containsAll(plans)) {
            throw new UserException("the head jar lacks benchmarks of the base jar: "
                    + plans.stream()
                            .filter(p -> !headPlans.contains(p))
                            .map(JarPlan::label)
                            .limit(3)
                            .toList());
        }
        int forks = s.settings().forks() != null ? s.settings().forks() : org.rfcc.bench.model.Defaults.AB_FORKS;
        try (HistoryStore store = r.store() ? settings.openStore() : null) {
            JarRuns runs = new JarRuns(settings, console);
            Interleaved.Rounds rounds = Interleaved.run(
                    side("base", base, plans, s, r.baseJvmArgs(), r.baseCommit(), runs),
                    side("head", head, plans, s, r.headJvmArgs(), r.headCommit(), runs),
                    forks,
                    console);
            RunRecord baseRun = RunMerge.merge(rounds.base(), List.of());
            RunRecord headRun = RunMerge.merge(rounds.head(), List.of());
            Comparison c = Verdicts.compare(
                    settings, store, baseRun, headRun, Configs.alerts(settings), Verdicts.How.INTERLEAVED_SETUPS);
            if (r.profileDiff() != null) {
                c = ProfileDiffs.explain(
                        c,
                        (only, agent) -> () -> side(
                                "base", base, only(plans, only), s, with(r.baseJvmArgs(), agent), r.baseCommit(), runs),
                        (only, agent) -> () -> side(
                                "head", head, only(plans, only), s, with(r.headJvmArgs(), agent), r.headCommit(), runs),
                        r.profileDiff(),
                        settings.workDir(),
                        settings.env().get(Profiles.ASYNC_PROFILER_ENV),
                        console);
            }
            headRun = headRun.withComparison(c);
            if (store != null) {
                store.store(baseRun);
                store.store(headRun);
            }
            return new Outcome(baseRun, headRun, c, store == null ? null : settings.storeName());
        }
    }

    private static List<JarPlan> only(List<JarPlan> plans, String only) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(only);
        return plans.stream().filter(p -> pattern.matcher(p.label()).find()).toList();
    }

    private static List<String> with(List<String> flags, String flag) {
        List<String> all = new java.util.ArrayList<>(flags);
        all.add(flag);
        return all;
    }

    private Interleaved.Side side(
            String label,
            JmhJar jar,
            List<JarPlan> plans,
            JarRuns.Selection s,
            List<String> jvmArgs,
            String commit,
            JarRuns runs) {
        List<String> flags = new java.util.ArrayList<>(s.settings().jvmArgs());
        flags.addAll(jvmArgs);
        JmhJar.Settings one = new JmhJar.Settings(
                1,
                s.settings().warmupIterations(),
                s.settings().iterations(),
                s.settings().time(),
                s.settings().gcProfiler(),
                flags,
                s.settings().profilers());
        GitInfo git = new GitInfo(commit, null, false);
        return new Interleaved.Side(label, fork -> runs.run(jar, plans, one, "ab", git, console.progress()));
    }
}
