package org.rfcc.bench.model;

/** The state of the working tree a run measured; fields are null outside a git checkout. */
public record GitInfo(String commit, String branch, boolean dirty) {
    public GitInfo {
        if (commit != null && !commit.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("commit must be 40 lower-case hex digits, got " + commit);
        }
    }

    /** Outside a git checkout. */
    public static GitInfo none() {
        return new GitInfo(null, null, false);
    }
}
