package org.rfcc.bench.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void write_createsTheDirectory_andReplacesTheOldContent() throws IOException {
        Path target = dir.resolve("out/history.jsonl");
        AtomicFiles.write(target, "old\n");
        AtomicFiles.write(target, out -> {
            out.write("new ");
            out.write("content\n");
        });
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new content\n");
        assertThat(names()).containsExactly("out");
    }

    @Test
    void failureMidway_leavesTheTargetAsItWas_andNoTemporaryFile() throws IOException {
        Path target = dir.resolve("export.jsonl");
        AtomicFiles.write(target, "kept\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half a file");
                    throw new IOException("the store went away");
                }))
                .hasMessage("the store went away");
        assertThat(Files.readString(target)).isEqualTo("kept\n");
        assertThat(names()).containsExactly("export.jsonl");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
