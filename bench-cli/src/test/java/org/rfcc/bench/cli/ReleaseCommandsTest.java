package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of release-check, docs and adoption: one line on stderr and exit 2, nothing written. */
final class ReleaseCommandsTest {
    @TempDir
    Path dir;

    private String store() {
        return "--store=jdbc:sqlite:" + dir.resolve("history.db");
    }

    @Test
    void releaseCheck_withNoHistory() {
        Cli.Outcome o =
                Cli.run(store(), "release-check", "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(o.err().strip().lines()).singleElement().asString().startsWith("rfcc-bench: no stored run of HEAD");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void docs_inAReadmeWithoutTheMarkers_saysWhereToPutThem() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "# A project\n");
        Cli.Outcome o = Cli.run(store(), "docs", "--readme", readme.toString());
        assertThat(o.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(o.err().strip().lines())
                .singleElement()
                .asString()
                .isEqualTo("rfcc-bench: " + readme + " has no performance markers: put the two lines"
                        + " <!-- rfcc-bench:performance:start --> and <!-- rfcc-bench:performance:end --> where the"
                        + " table belongs (e.g. under '## Performance'), then run docs again");
        assertThat(readme).hasContent("# A project\n");
        Cli.Outcome check = Cli.run(store(), "docs", "--check", "--readme", readme.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.USER_ERROR);
    }

    @Test
    void adoption_withABadDurationOrFormat() {
        Cli.Outcome since = Cli.run(store(), "adoption", "--since", "soon");
        assertThat(since.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(since.err().strip())
                .isEqualTo("rfcc-bench: --since takes a positive duration such as 30m, 24h or 2d, got 'soon'");
        Cli.Outcome format = Cli.run(store(), "adoption", "--format", "xml");
        assertThat(format.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(format.err().strip()).isEqualTo("rfcc-bench: --format must be table or json, got 'xml'");
    }
}
