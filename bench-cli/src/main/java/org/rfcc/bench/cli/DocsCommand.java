package org.rfcc.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rfcc.bench.app.Docs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench docs [--check]}: the performance docs, generated from the history. */
@Command(
        name = "docs",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the performance docs from the history: the README's table of the headline figures (the key"
                    + " series) of the newest run of --branch, with its date and commit, between the lines "
                    + Docs.START + " and " + Docs.END + "; and " + Docs.CHANGELOG
                    + " beside the README, one entry per confirmed"
                    + " change point (by the commit where the new level began, with its size) and per release tag.",
            "When --cli names a file that exists, the command-line reference (every command's --help) is written in"
                    + " it between the lines " + CliReference.START + " and " + CliReference.END + ".",
            "--check writes nothing: exit 1 when the docs lag the newest run of --branch by more than 48 hours, or"
                    + " when the reference in --cli differs from the commands."
        })
final class DocsCommand extends BaseCommand {
    @Option(names = "--check", description = "Only check that the docs are at most 48 hours behind the history.")
    boolean check;

    @Option(names = "--readme", defaultValue = "README.md", description = "The README (default: ${DEFAULT-VALUE}).")
    Path readme;

    @Option(
            names = "--branch",
            defaultValue = "main",
            description = "The branch whose newest run the docs show (default: ${DEFAULT-VALUE}).")
    String branch;

    @Option(
            names = "--cli",
            defaultValue = "docs/CLI.md",
            description = "The command-line reference, rewritten when the file exists (default: ${DEFAULT-VALUE}).")
    Path cli;

    @Override
    protected int doCall() {
        Docs docs = new Docs(settings());
        boolean withCli = Files.exists(cli);
        if (!check) {
            Docs.Outcome o = docs.update(readme, branch);
            o.written().forEach(f -> out().println("wrote " + f));
            if (withCli && Docs.writeGenerated(cli, CliReference.START, CliReference.END, CliReference.markdown())) {
                out().println("wrote " + cli);
            }
            out().println("from run " + o.latest().runId() + " of " + o.latest().startedAt());
            return ExitCodes.OK;
        }
        if (withCli && !Docs.generatedIs(cli, CliReference.START, CliReference.END, CliReference.markdown())) {
            out().println(cli + " differs from the commands' --help: run 'rfcc-bench docs'");
            return ExitCodes.FAILURE;
        }
        Docs.Outcome o = docs.check(readme, branch);
        String lag = String.format(Locale.ROOT, "%.1f h", o.lag().toMinutes() / 60.0);
        if (o.current()) {
            out().println("the docs are current: " + lag + " behind the newest run of " + branch + " (at most 48 h)");
            return ExitCodes.OK;
        }
        out().println("the docs lag the history by " + lag + " (more than 48 h): the newest run of " + branch + " is "
                + o.latest().runId() + " of " + o.latest().startedAt() + ", the docs are of " + o.docsFrom()
                + "; run 'rfcc-bench docs'");
        return ExitCodes.FAILURE;
    }
}
