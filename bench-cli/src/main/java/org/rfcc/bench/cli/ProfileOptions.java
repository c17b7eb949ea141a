package org.rfcc.bench.cli;

import picocli.CommandLine.Option;

/** --quick and --profile: which profile of the config a command runs. */
final class ProfileOptions {
    @Option(
            names = "--quick",
            description = "Run the 'quick' profile of the config: a small matrix for pre-commit and tests.")
    boolean quick;

    @Option(
            names = "--profile",
            description = "Run a named profile of the config (default: full, the config as written).")
    String profile;

    /** The chosen profile name: quick, the --profile, or full. */
    String chosen() {
        if (quick && profile != null && !profile.equals("quick")) {
            throw new UserException("--quick and --profile " + profile + " contradict each other; give one");
        }
        return quick ? "quick" : profile == null ? "full" : profile;
    }
}
