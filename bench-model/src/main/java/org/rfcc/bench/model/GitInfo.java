package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The state of the working tree a run measured; fields are null outside a git checkout. An
 * imported history may also say what the commit was: its message, author and commit time (null
 * when unknown, and then left out of the run record).
 */
public record GitInfo(
        String commit,
        String branch,
        boolean dirty,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String author,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant committedAt) {
    public GitInfo {
        if (commit != null && !commit.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("commit must be 40 lower-case hex digits, got " + commit);
        }
    }

    /** The working tree at {@code commit} on {@code branch}, nothing said of the commit itself. */
    public GitInfo(String commit, String branch, boolean dirty) {
        this(commit, branch, dirty, null, null, null);
    }

    /** Outside a git checkout. */
    public static GitInfo none() {
        return new GitInfo(null, null, false);
    }
}
