package org.rfcc.bench.app;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.report.RunRecordWriter;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * The rounds of an interleaved comparison, each one fork of every benchmark of one build. A build
 * serves its rounds from one long-lived process ({@code run --rounds}: a directory per line of
 * standard input, {@code rfcc-bench round ok DIR} or {@code … failed REASON} per line of standard
 * output), so that a
 * round costs its forks and not a JVM start, a machine probe and the workload's preparation as
 * well; a build older than {@code --rounds} runs one {@code run} process per round.
 */
final class Rounds {
    /** The option of {@code run} that serves rounds; a build whose help lacks it runs a process a round. */
    static final String OPTION = "--rounds";
    /** What begins the worker's replies; any other line on its standard output (a library's) is skipped. */
    private static final String REPLY = "rfcc-bench round ";

    private Rounds() {}

    /**
     * Serves rounds of the request's benchmarks under {@code config} (one fork each) until standard input ends:
     * the run record of each round goes into the directory its line names. The untimed benchmarks
     * (deterministic quality from a fixed seed) run in the first round only; the merge keeps them.
     */
    static void serve(
            BenchConfig config,
            Runs.SuiteRequest request,
            Settings settings,
            Console console,
            BufferedReader in,
            PrintWriter out) {
        String profile = request.profile();
        Set<String> suites = Runs.suiteNames(request.suites());
        BenchConfig oneFork = config.withForks(1);
        BenchmarkFilter current = request.filter();
        RunService.warmUp(oneFork, profile, suites);
        out.println(REPLY + "ready");
        out.flush();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Path dir = Path.of(line.strip());
                try {
                    RunRecord run =
                            Runs.measure(oneFork, profile, suites, current, request.source(), settings, console);
                    Files.createDirectories(dir);
                    new RunRecordWriter().write(run, dir.resolve(ReportFiles.RUN_FILE));
                    current = request.filter().timed();
                    out.println(REPLY + "ok " + dir);
                } catch (UserException | IOException | UncheckedIOException e) {
                    out.println(REPLY + "failed " + oneLine(e.getMessage()));
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rounds to run", e);
        }
    }

    /** Whether the build on {@code classpath} serves rounds: its {@code run --help} names {@value #OPTION}. */
    static boolean serves(String classpath, Path workTree) {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "org.rfcc.bench.cli.Main",
                "run",
                "--help");
        try {
            Process p = new ProcessBuilder(command)
                    .directory(workTree.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(new File("/dev/null"))
                    .start();
            String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && help.contains(OPTION);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while starting the rounds");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * One build's side: its rounds run by {@code run} of that build in {@code workTree}, with
     * {@code args} (everything but {@code --rounds} or {@code --report-dir}).
     */
    static final class Side implements ProfileDiffs.Profiled {
        private final String label;
        private final Path workTree;
        private final String classpath;
        private final List<String> args;
        private final Set<String> suites;
        private final Path scratch;
        private final boolean serves;
        private final List<String> jvmFlags;
        private Process worker;
        private boolean ready;
        private Writer toWorker;
        private BufferedReader fromWorker;

        /**
         * @param serves whether the build has {@value #OPTION}; else each round is a process of its own
         */
        Side(
                String label,
                Path workTree,
                String classpath,
                List<String> args,
                Set<String> suites,
                Path scratch,
                boolean serves) {
            this(label, workTree, classpath, args, suites, scratch, serves, List.of());
        }

        private Side(
                String label,
                Path workTree,
                String classpath,
                List<String> args,
                Set<String> suites,
                Path scratch,
                boolean serves,
                List<String> jvmFlags) {
            this.label = label;
            this.workTree = workTree;
            this.classpath = classpath;
            this.args = List.copyOf(args);
            this.suites = Set.copyOf(suites);
            this.scratch = scratch;
            this.serves = serves;
            this.jvmFlags = List.copyOf(jvmFlags);
        }

        /**
         * This side with {@code agent} (a {@code -agentpath} flag) on its JVM's command line: JMH
         * gives its forks the parent's JVM flags, so every fork loads it too, whatever the build.
         */
        Side withAgent(String agent) {
            return new Side(label, workTree, classpath, args, suites, scratch, serves, List.of(agent));
        }

        /** The head side: this build, in the working directory's checkout. */
        static Side here(Settings settings, List<String> args, Set<String> suites, Path scratch) {
            return new Side(
                    "head",
                    settings.workDir().toAbsolutePath(),
                    System.getProperty("java.class.path"),
                    args,
                    suites,
                    scratch,
                    true);
        }

        /** This side as {@link Interleaved} runs it. */
        @Override
        public Interleaved.Side side() {
            return new Interleaved.Side(label, this::round);
        }

        /** Round {@code fork} of this build. */
        RunRecord round(int fork) {
            Path dir = scratch.resolve(label + "-" + fork);
            try {
                Files.createDirectories(dir);
                if (serves) {
                    served(dir);
                } else {
                    alone(dir);
                }
                return Ingest.parse(dir.resolve(ReportFiles.RUN_FILE), Labels.none());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run the " + label + " build", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException("interrupted during the " + label + " run");
            }
        }

        /**
         * Starts this side's worker, which gets ready (probes the machine, loads the workload) while
         * the other side's does: before any round, so that no measurement shares the machine with it.
         */
        Side start() {
            if (serves && worker == null) {
                List<String> command = command();
                command.add(OPTION);
                try {
                    worker = builder(command)
                            .redirectError(
                                    scratch.resolve(label + "-stderr.log").toFile())
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the " + label + " build", e);
                }
                toWorker = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
                fromWorker = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            }
            return this;
        }

        /** Waits until this side's worker, once started, is ready for its first round. */
        Side ready() {
            if (serves && !ready) {
                try {
                    reply("ready");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the " + label + " build", e);
                }
                ready = true;
            }
            return this;
        }

        private void served(Path dir) throws IOException {
            start().ready();
            toWorker.write(dir + "\n");
            toWorker.flush();
            reply("ok ");
        }

        /** Reads the worker's next reply, which must start with {@code expected}; else the failure says why. */
        private void reply(String expected) throws IOException {
            String reply = fromWorker.readLine();
            while (reply != null && !reply.startsWith(REPLY)) {
                reply = fromWorker.readLine();
            }
            reply = reply == null ? null : reply.substring(REPLY.length());
            if (reply == null || !reply.startsWith(expected)) {
                String why = reply != null && reply.startsWith("failed ")
                        ? reply.substring("failed ".length())
                        : Interleaved.lastLine(log(scratch.resolve(label + "-stderr.log")));
                throw new UserException("the " + label + " run failed: " + why);
            }
        }

        private void alone(Path dir) throws IOException, InterruptedException {
            List<String> command = command();
            command.addAll(List.of("--report-dir", dir.toString()));
            int exit = builder(command)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .redirectError(dir.resolve("stderr.log").toFile())
                    .start()
                    .waitFor();
            if (exit > 1 || !Files.exists(dir.resolve(ReportFiles.RUN_FILE))) {
                throw new UserException("the " + label + " run failed (exit " + exit + "): "
                        + Interleaved.lastLine(log(dir.resolve("stderr.log"))));
            }
        }

        private List<String> command() {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(jvmFlags);
            command.addAll(RunService.forkJvmArgs(suites));
            command.addAll(List.of("-cp", classpath, "org.rfcc.bench.cli.Main"));
            for (int i = 0; i < args.size(); i++) {
                // a build older than --rounds takes no --include or --exclude for its suites: it runs them whole
                if (!serves && (args.get(i).equals("--include") || args.get(i).equals("--exclude"))) {
                    i++;
                } else {
                    command.add(args.get(i));
                }
            }
            return command;
        }

        private ProcessBuilder builder(List<String> command) {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workTree.toFile());
            if (!serves) {
                pb.redirectInput(new File("/dev/null"));
            }
            pb.environment().put(Settings.HOME_ENV, workTree.toAbsolutePath().toString());
            return pb;
        }

        private static String log(Path file) throws IOException {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        }

        /** Ends the worker: its standard input closes, and it is killed if it does not stop soon. */
        @Override
        public void close() {
            if (worker == null) {
                return;
            }
            try {
                toWorker.close();
                if (!worker.waitFor(10, TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                }
            } catch (IOException e) {
                worker.destroyForcibly();
            } catch (InterruptedException e) {
                worker.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
