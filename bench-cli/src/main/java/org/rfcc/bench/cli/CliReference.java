package org.rfcc.bench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The command-line reference, rendered from the commands themselves: every command's {@code --help}, so
 * that {@code docs/CLI.md} cannot drift from the code ({@code rfcc-bench docs} rewrites it, {@code docs
 * --check} fails when it differs).
 */
final class CliReference {
    /** The lines that enclose the generated reference in {@code docs/CLI.md}. */
    static final String START = "<!-- rfcc-bench:cli:start -->";

    static final String END = "<!-- rfcc-bench:cli:end -->";

    private static final int WIDTH = 110;

    private CliReference() {}

    /** The reference of {@code rfcc-bench} and all its subcommands, as Markdown, without the markers. */
    static String markdown() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new RfccBenchCommand()), all);
        StringBuilder md = new StringBuilder();
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName();
            md.append("- [`")
                    .append(name)
                    .append("`](#")
                    .append(anchor(name))
                    .append(") — ")
                    .append(summary(c))
                    .append('\n');
        }
        for (CommandLine c : all) {
            c.getCommandSpec().usageMessage().width(WIDTH);
            md.append("\n### ").append(c.getCommandSpec().qualifiedName()).append("\n\n```text\n");
            md.append(c.getUsageMessage(Ansi.OFF).stripTrailing()).append("\n```\n");
        }
        return md.toString();
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    private static String summary(CommandLine c) {
        String[] description = c.getCommandSpec().usageMessage().description();
        if (description.length == 0) {
            return "";
        }
        String first = description[0].replace("%%", "%");
        int stop = first.indexOf(". ");
        return stop < 0 ? first : first.substring(0, stop + 1);
    }

    /** GitHub's anchor of a heading: lower case, spaces to hyphens, punctuation other than hyphens dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9 _-]", "")
                .replace(' ', '-');
    }
}
