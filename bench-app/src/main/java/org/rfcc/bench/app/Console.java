package org.rfcc.bench.app;

import org.rfcc.bench.runner.RunListener;

/**
 * What a workflow tells its front end while it works: the progress of the benchmarks, notes on
 * what it is doing and why (a baseline chosen, a worktree built), and warnings. Results come back
 * as return values; this is for what cannot wait until the end.
 */
public interface Console {
    /** The listener told of each benchmark as a run goes. */
    RunListener progress();

    /** One line on what the workflow is doing, e.g. "comparing with stored run …". */
    void note(String line);

    /** One line the user should act on or know, e.g. "no NVIDIA GPU found". */
    void warn(String line);

    /** A console that says nothing: for tests and for callers that only want the results. */
    static Console silent() {
        return new Console() {
            @Override
            public RunListener progress() {
                return new RunListener() {
                    @Override
                    public void started(int index, int total, org.rfcc.bench.runner.Plan plan) {}

                    @Override
                    public void finished(
                            int index,
                            int total,
                            org.rfcc.bench.runner.Plan plan,
                            org.rfcc.bench.model.BenchmarkResult result,
                            double seconds) {}
                };
            }

            @Override
            public void note(String line) {}

            @Override
            public void warn(String line) {}
        };
    }
}
