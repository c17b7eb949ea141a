package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help: complete, and free of picocli's warnings (an unescaped % in a text). */
final class HelpTest {
    @Test
    void everyCommandsHelp_rendersWithoutAWarning() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new RfccBenchCommand()), all);
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine c : all) {
                assertThat(c.getUsageMessage()).as(c.getCommandName()).contains("Usage: ");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
