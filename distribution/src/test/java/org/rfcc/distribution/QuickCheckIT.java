package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit check as a developer meets it, in this checkout: HEAD built into .rfcc-bench/builds
 * (the first time) and measured beside the working tree, interleaved, in real JMH forks; and the
 * stored-baseline form, whose first check stores its run as the baseline and says so.
 */
final class QuickCheckIT {
    @TempDir
    Path dir;

    @Test
    void quickCheck_measuresHeadBesideTheWorkingTree_interleaved() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("history.db");
        // Unchanged code: the A/A false-alert rate is measured apart (README); the verdict's exit code is kept out
        // of this test so that a noisy CI machine cannot fail it.
        App.Outcome o = App.run(dir, "--store", store, "quick-check", "--fail-on", "none");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).contains("comparing with HEAD (", "interleaved (ABBA)", "round 6 of");
        assertThat(o.out()).contains("comparison of", "(base) and", "over ");
        assertThat(o.out()).doesNotContain("too few forks");

        App.Outcome history = App.run(dir, "--store", store, "history", "--format", "json");
        assertThat(history.out()).contains("\"source\" : \"pre-commit\"");
        App.Outcome points = App.run(dir, "--store", store, "changepoints");
        assertThat(points.code()).as(points.err()).isZero();
    }

    @Test
    void quickCheck_againstTheStoredBaseline_firstStoresIt() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("history.db");
        App.Outcome first = App.run(dir, "--store", store, "quick-check", "--stored-baseline");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("no baseline yet", "stored this run");
    }
}
