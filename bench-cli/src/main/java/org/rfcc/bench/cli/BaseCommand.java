package org.rfcc.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rfcc.bench.app.Console;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.RunListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: {@link #call()} runs {@link #doCall()}, and errors are mapped to
 * exit codes in one place ({@link Main}). Commands parse, call one workflow of bench-app and print.
 */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return doCall();
    }

    /** Runs the command and returns its exit code. */
    protected abstract int doCall() throws Exception;

    /** The settings of this command line, with the alert thresholds of {@code alerts} (null: beside the config). */
    protected Settings settings(Path alerts) {
        RfccBenchCommand root = (RfccBenchCommand) spec.root().userObject();
        return Settings.resolve(root.store, root.config, alerts, root.env);
    }

    /** The settings of this command line, with the default alert thresholds. */
    protected Settings settings() {
        return settings(null);
    }

    /** Progress, notes and warnings of a workflow, on stderr. */
    protected Console console() {
        PrintWriter err = err();
        RunListener progress = new ConsoleProgress(err, System.console() != null);
        return new Console() {
            @Override
            public RunListener progress() {
                return progress;
            }

            @Override
            public void note(String line) {
                err.println("rfcc-bench: " + line);
                err.flush();
            }

            @Override
            public void warn(String line) {
                err.println("rfcc-bench: warning: " + line);
                err.flush();
            }
        };
    }

    /** Parses a {@code --format} into one of {@code type}'s constants, by its lower-case name. */
    static <E extends Enum<E>> E format(String name, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(name)) {
                return e;
            }
        }
        List<String> valid = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList();
        String last = valid.get(valid.size() - 1);
        throw new UserException("--format must be " + String.join(", ", valid.subList(0, valid.size() - 1)) + " or "
                + last + ", got '" + name + "'");
    }

    /** Standard output of this command line (replaceable in tests). */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of this command line (replaceable in tests). */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
