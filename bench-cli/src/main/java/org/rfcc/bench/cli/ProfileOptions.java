package org.rfcc.bench.cli;

import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import picocli.CommandLine.Option;

/** --quick and --profile: which profile of the config a command runs. */
final class ProfileOptions {
    @Option(
            names = "--quick",
            description = "Run the 'quick' profile of the config: a small matrix for pre-commit and tests.")
    boolean quick;

    @Option(
            names = "--profile",
            description =
                    "Run a named profile of the config (default: " + Defaults.PROFILE + ", the config as written).")
    String profile;

    /** The chosen profile name: quick, the --profile, or full. */
    String chosen() {
        if (quick && profile != null && !profile.equals(Defaults.QUICK_PROFILE)) {
            throw new UserException("--quick and --profile " + profile + " contradict each other; give one");
        }
        return quick ? Defaults.QUICK_PROFILE : profile == null ? Defaults.PROFILE : profile;
    }
}
