package org.rfcc.bench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --profile-diff} of {@code compare} and {@code ab}: where the time of each regression went. */
final class ProfileDiffOptions {
    @Option(
            names = "--profile-diff",
            description = "Run each benchmark whose key series regressed (warning or louder) again on both sides (for"
                    + " compare: builds of both runs' commits) with async-profiler, 2 forks a side interleaved, and"
                    + " attach a differential flamegraph (into profile_diff/ of --profile-diff-dir) and the method"
                    + " whose share of CPU samples grew the most to the comparison.")
    boolean profileDiff;

    @Option(
            names = "--profile-diff-dir",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Where --profile-diff writes profile_diff/ (default: the current directory).")
    Path dir;

    /** The directory of the profiles, or null without --profile-diff. */
    Path chosen() {
        return profileDiff ? dir : null;
    }
}
