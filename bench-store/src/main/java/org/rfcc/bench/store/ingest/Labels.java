package org.rfcc.bench.store.ingest;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the options {@code --commit}, {@code --branch}, {@code --machine} and {@code --started-at}
 * label an import with when the file carries no git, machine or date data itself; each is null
 * when not given.
 *
 * @param commit a full git commit id, 40 hex digits (stored lower-case)
 * @param machine the machine fingerprint the imported series belong to
 * @param startedAt when the imported run ran, for files that do not say (JMH JSON, whose runs
 *     otherwise take the file's last-modified time)
 */
public record Labels(String commit, String branch, String machine, Instant startedAt) {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}");

    public Labels {
        if (commit != null) {
            if (!COMMIT.matcher(commit).matches()) {
                throw new IllegalArgumentException(
                        "--commit must be a full git commit id of 40 hex digits (git rev-parse HEAD), got '" + commit
                                + "'");
            }
            commit = commit.toLowerCase(Locale.ROOT);
        }
        if (branch != null && branch.isBlank()) {
            throw new IllegalArgumentException("--branch must not be blank; leave it out instead");
        }
        if (machine != null && machine.isBlank()) {
            throw new IllegalArgumentException("--machine must not be blank; leave it out instead");
        }
    }

    /** Labels without a start time. */
    public Labels(String commit, String branch, String machine) {
        this(commit, branch, machine, null);
    }

    /** No labels given. */
    public static Labels none() {
        return new Labels(null, null, null, null);
    }
}
