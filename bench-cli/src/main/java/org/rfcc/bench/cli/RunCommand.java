package org.rfcc.bench.cli;

import picocli.CommandLine.Command;

/** {@code rfcc-bench run}: the JMH benchmark run. It arrives with the runner issue. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmark suites of benchmarks/config.yaml, stores the run and writes reports.",
            "Not available yet: the benchmark runner is being built. Use 'compress' and 'eval' meanwhile."
        })
final class RunCommand extends BaseCommand {
    @Override
    protected int doCall() {
        throw new UserException("'run' is not available yet: the benchmark runner has not landed; "
                + "use 'rfcc-bench compress' or 'rfcc-bench eval' meanwhile");
    }
}
