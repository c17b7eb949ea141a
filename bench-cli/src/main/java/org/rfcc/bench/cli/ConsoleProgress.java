package org.rfcc.bench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RunListener;
import org.rfcc.bench.runner.Shard;

/**
 * Progress of a run on stderr: a bar with the benchmark and an ETA that redraws in place on a
 * terminal, and one plain line per benchmark otherwise (CI logs, pipes).
 */
final class ConsoleProgress implements RunListener {
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private double[] weights = new double[0];

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void planned(List<Plan> plans) {
        double sum = plans.stream().mapToDouble(Plan::estimatedSeconds).sum();
        weights = new double[plans.size() + 1];
        for (int i = 0; i < plans.size(); i++) {
            weights[i + 1] = weights[i] + plans.get(i).estimatedSeconds() / sum;
        }
    }

    @Override
    public void sharded(Shard shard, int matrix, double[] balance) {
        StringBuilder slices = new StringBuilder();
        for (int i = 0; i < balance.length; i++) {
            slices.append(String.format(
                    Locale.ROOT, "%s%d/%d %.0f s", i == 0 ? "" : ", ", i + 1, balance.length, balance[i]));
        }
        err.printf(
                Locale.ROOT,
                "shard %s of %d benchmarks; expected wall time of each slice: %s%n",
                shard,
                matrix,
                slices);
        err.flush();
    }

    @Override
    public void started(int index, int total, Plan plan) {
        if (terminal) {
            int filled = (int) (BAR * (index < weights.length ? weights[index] : (double) index / Math.max(total, 1)));
            err.printf(
                    Locale.ROOT,
                    "\r\033[K[%s%s] %d/%d %s  ETA %s",
                    "#".repeat(filled),
                    ".".repeat(BAR - filled),
                    index + 1,
                    total,
                    plan.label(),
                    eta(index, total));
            err.flush();
        }
    }

    @Override
    public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {
        String outcome = result.status() == Status.OK ? "ok" : "FAILED: " + result.error();
        if (terminal) {
            if (result.status() != Status.OK) {
                err.printf(Locale.ROOT, "\r\033[K%s %s%n", plan.label(), outcome);
            }
            if (index + 1 == total) {
                err.print("\r\033[K");
            }
        } else {
            err.printf(
                    Locale.ROOT,
                    "[%d/%d] %s %s (%.1f s, ETA %s)%n",
                    index + 1,
                    total,
                    plan.label(),
                    outcome,
                    seconds,
                    eta(index + 1, total));
        }
        err.flush();
    }

    /** Time left, from the elapsed time and the estimated share of the work done so far. */
    private String eta(int done, int total) {
        double fraction = done < weights.length ? weights[done] : (double) done / Math.max(total, 1);
        if (fraction <= 0) {
            return "--";
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long remaining = Math.round(elapsed / fraction * (1 - fraction));
        return remaining >= 60
                ? String.format(Locale.ROOT, "%dm%02ds", remaining / 60, remaining % 60)
                : remaining + "s";
    }
}
