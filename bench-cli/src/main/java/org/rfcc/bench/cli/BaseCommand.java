package org.rfcc.bench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Maintenance;
import org.rfcc.bench.store.Stores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: {@link #call()} runs {@link #doCall()}, and errors are mapped to
 * exit codes in one place ({@link Main}). Commands only orchestrate; logic lives in the libraries.
 */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return doCall();
    }

    /** Runs the command and returns its exit code. */
    protected abstract int doCall() throws Exception;

    /** Opens the history this command line names (--store, RFCC_BENCH_STORE or the default). */
    protected HistoryStore openStore() {
        return Stores.open(RfccBenchCommand.store(spec));
    }

    /** Prunes runs older than {@code months} months (history.retention_months) after a store, and says so. */
    protected void applyRetention(HistoryStore store, int months) {
        int pruned =
                Maintenance.prune(store, Maintenance.monthsAgo(months), false).size();
        if (pruned > 0) {
            out().println("pruned " + pruned + " runs older than " + months + " months");
        }
    }

    /** Standard output of this command line (replaceable in tests). */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of this command line (replaceable in tests). */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
