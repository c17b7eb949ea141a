package org.rfcc.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.MachineProbe;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/** Finds the runs that workflows compare: a run file, a stored run id, or a git ref's newest stored run. */
final class Baselines {
    private Baselines() {}

    /** This machine's fingerprint, as runs record it; probed once per process. */
    static String machine() {
        return Fingerprint.VALUE;
    }

    /** Holds the fingerprint, probed on first use (the probe reads the hardware). */
    private static final class Fingerprint {
        static final String VALUE = MachineProbe.probe(List.of(), false).fingerprint();
    }

    /** The run {@code spec} names when it is a run file or a stored run id (or its first characters). */
    static Optional<RunRecord> direct(String spec, HistoryStore store) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            return Optional.of(Ingest.parse(file, Labels.none()));
        }
        Optional<RunRecord> exact = store.run(spec);
        if (exact.isPresent() || !spec.matches("[0-9a-f-]{6,}")) {
            return exact;
        }
        List<String> ids = store.runs(null).stream()
                .map(RunSummary::runId)
                .filter(id -> id.startsWith(spec))
                .toList();
        if (ids.size() > 1) {
            throw new UserException("'" + spec + "' is the start of " + ids.size() + " run ids; give more of it");
        }
        return ids.isEmpty() ? Optional.empty() : store.run(ids.get(0));
    }

    /** The run {@code spec} names: a run file, a stored run id, or a git ref's newest stored run with {@code profile}. */
    static RunRecord resolve(String spec, HistoryStore store, String profile, Path repository) {
        return direct(spec, store).orElseGet(() -> ofRef(spec, store, profile, repository));
    }

    /**
     * The newest stored run of the git ref {@code ref} on this machine with {@code profile}. A full
     * commit id is looked up in the history even when this checkout lacks it, and for one the
     * history has no run of on this machine with {@code profile}, its newest run on any machine
     * (as imports are labelled) with that profile, else with any.
     */
    static RunRecord ofRef(String ref, HistoryStore store, String profile, Path repository) {
        boolean full = ref.matches("[0-9a-fA-F]{40}");
        String commit = GitProbe.commitOf(repository, ref)
                .or(() -> full ? Optional.of(ref.toLowerCase(java.util.Locale.ROOT)) : Optional.empty())
                .orElseThrow(() -> new UserException("'" + ref + "' is not a run file, a stored run id or a git ref"
                        + " of this checkout; see 'rfcc-bench history' for stored runs"));
        Optional<RunRecord> run = ofCommit(commit, store, profile);
        if (run.isEmpty() && full) {
            run = store.latestRun(commit, null, profile)
                    .or(() -> store.latestRun(commit, null, null))
                    .flatMap(store::run);
        }
        return run.orElseThrow(() -> new UserException("no stored run of " + ref + " (commit "
                + commit.substring(0, 10) + ") on this machine with profile " + profile
                + "; run the benchmarks on that commit first, or use 'rfcc-bench run --compare-with=" + ref
                + "', which builds and runs it"));
    }

    /** The newest stored run of {@code commit} on this machine with {@code profile}. */
    static Optional<RunRecord> ofCommit(String commit, HistoryStore store, String profile) {
        return store.latestRun(commit, machine(), profile).flatMap(store::run);
    }

    /** The most forks any metric of {@code run} was measured in. */
    static int forks(RunRecord run) {
        return run.results().stream()
                .flatMap(r -> r.metrics().values().stream())
                .mapToInt(m -> m.forks())
                .max()
                .orElse(0);
    }

    /** The newest stored run of HEAD or its nearest ancestor that has one, on this machine with {@code profile}. */
    static Optional<RunRecord> nearestAncestor(HistoryStore store, String profile, Path repository) {
        String machine = machine();
        for (String commit : GitProbe.ancestry(repository, Defaults.ANCESTRY)) {
            Optional<String> id = store.latestRun(commit, machine, profile);
            if (id.isPresent()) {
                return store.run(id.get());
            }
        }
        return Optional.empty();
    }
}
