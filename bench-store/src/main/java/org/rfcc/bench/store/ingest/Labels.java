package org.rfcc.bench.store.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the options {@code --commit}, {@code --branch} and {@code --machine} label an import with
 * when the file carries no git or machine data itself; each is null when not given.
 *
 * @param commit a full git commit id, 40 hex digits (stored lower-case)
 * @param machine the machine fingerprint the imported series belong to
 */
public record Labels(String commit, String branch, String machine) {
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

    /** No labels given. */
    public static Labels none() {
        return new Labels(null, null, null);
    }
}
