package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Chromium the harness picks; starting one is {@link ChromiumIT}'s job. */
final class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void find_configuredExecutable_winsOverTheCandidates() throws Exception {
        Path configured = executable("mine");
        Path debian = executable("chromium");

        assertThat(Chromium.find(configured.toString(), List.of(debian))).contains(configured);
    }

    @Test
    void find_configuredPathMissing_takesTheFirstExecutableCandidate() throws Exception {
        Path notExecutable = Files.createFile(dir.resolve("chromium-browser"));
        Path debian = executable("chromium");

        assertThat(Chromium.find(dir.resolve("nonexistent").toString(), List.of(notExecutable, debian)))
                .contains(debian);
    }

    @Test
    void find_blankOrDirectory_isNoChromium() {
        // A blank variable would otherwise be Path.of(""), the working directory, which is "executable".
        assertThat(Chromium.find("", List.of(dir))).isEmpty();
        assertThat(Chromium.find(null, List.of())).isEmpty();
    }

    private Path executable(String name) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
