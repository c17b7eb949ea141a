package org.rfcc.bench.cli;

import org.rfcc.bench.app.Hooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench hooks install}: the pre-commit performance check without the pre-commit tool. */
@Command(
        name = "hooks",
        mixinStandardHelpOptions = true,
        description = "Git hooks: 'hooks install' writes the pre-commit performance check.",
        subcommands = {HooksCommand.Install.class})
final class HooksCommand extends BaseCommand {
    @Override
    protected int doCall() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    @Command(
            name = "install",
            mixinStandardHelpOptions = true,
            description = {
                "Writes .git/hooks/pre-commit (where git keeps this checkout's hooks): before each commit that touches"
                        + " Java sources, a pom or benchmarks/, it runs benchmarks/quick_check (the quick profile of"
                        + " the working tree, interleaved against HEAD; exit 1 on a critical regression stops the"
                        + " commit). The same check as .pre-commit-config.yaml's performance-check, for those who do"
                        + " not use the pre-commit tool. Installing again replaces it; another hook is kept unless"
                        + " --force."
            })
    static final class Install extends BaseCommand {
        @Option(names = "--force", description = "Replace a pre-commit hook that rfcc-bench did not write.")
        boolean force;

        @Override
        protected int doCall() {
            out().println("wrote " + new Hooks(settings()).install(force));
            return ExitCodes.OK;
        }
    }
}
