package org.rfcc.bench.runner.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samples the NVIDIA GPUs with {@code nvidia-smi} while benchmarks run: utilisation, memory
 * utilisation (the share of time the memory was read or written) and memory used, every
 * {@link #INTERVAL_MS} ms. {@link #start()} says in one line why not where there is no GPU.
 */
public final class GpuSampler implements AutoCloseable {
    /** One sample of one GPU. */
    public record Sample(
            long atMillis,
            int gpu,
            String name,
            double utilization,
            double memoryUtilization,
            double memoryUsedMb,
            double memoryTotalMb) {}

    /** What {@link #start()} gives: a running sampler, or the reason there is none. */
    public record Start(GpuSampler sampler, String reason) {}

    static final int INTERVAL_MS = 200;
    private static final String QUERY = "index,name,utilization.gpu,utilization.memory,memory.used,memory.total";

    private final Process process;
    private final Process apps;
    private final Thread reader;
    private final Thread appReader;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile double processMemoryMb = Double.NaN;

    private GpuSampler(Process process, Process apps, long t0) {
        this.process = process;
        this.apps = apps;
        reader = daemon(() -> read(t0), "gpu-sampler");
        appReader = daemon(this::readApps, "gpu-process-sampler");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Starts sampling with the {@code nvidia-smi} on the PATH, or says why it cannot. */
    public static Start start() {
        return start("nvidia-smi");
    }

    static Start start(String command) {
        try {
            Process probe =
                    new ProcessBuilder(command, "-L").redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(10, TimeUnit.SECONDS) || probe.exitValue() != 0 || !out.startsWith("GPU")) {
                probe.destroyForcibly();
                return new Start(null, "nvidia-smi finds no NVIDIA GPU: " + firstLine(out));
            }
            long t0 = System.currentTimeMillis();
            Process p = new ProcessBuilder(
                            command,
                            "--query-gpu=" + QUERY,
                            "--format=csv,noheader,nounits",
                            "-lms",
                            Integer.toString(INTERVAL_MS))
                    .redirectErrorStream(true)
                    .start();
            Process apps = new ProcessBuilder(
                            command,
                            "--query-compute-apps=pid,used_memory",
                            "--format=csv,noheader,nounits",
                            "-lms",
                            Integer.toString(INTERVAL_MS))
                    .redirectErrorStream(true)
                    .start();
            return new Start(new GpuSampler(p, apps, t0), null);
        } catch (IOException e) {
            return new Start(null, "no NVIDIA GPU: " + command + " is not on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Start(null, "interrupted while looking for a GPU");
        }
    }

    private static String firstLine(String s) {
        return s.isEmpty() ? "it printed nothing" : s.lines().findFirst().orElse(s);
    }

    private void read(long t0) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Sample s = parse(System.currentTimeMillis() - t0, line);
                if (s != null) {
                    samples.add(s);
                }
            }
        } catch (IOException e) {
            // the process was stopped: the samples so far stand
        }
    }

    /** The GPU memory of this process and its forks: the most seen at once, summed over their pids. */
    private void readApps() {
        long self = ProcessHandle.current().pid();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(apps.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",\\s*");
                if (f.length == 2 && f[0].strip().matches("\\d+") && ours(Long.parseLong(f[0].strip()), self)) {
                    double mb = number(f[1]);
                    processMemoryMb = Double.isNaN(processMemoryMb) ? mb : Math.max(processMemoryMb, mb);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // stopped, or a line it cannot read: the maximum so far stands
        }
    }

    private static boolean ours(long pid, long self) {
        for (var p = ProcessHandle.of(pid); p.isPresent(); p = p.get().parent()) {
            if (p.get().pid() == self) {
                return true;
            }
        }
        return false;
    }

    /** The most GPU memory this process and its forks held at one sample, in MB; NaN when none was seen. */
    public double processMemoryMb() {
        return processMemoryMb;
    }

    /** One line of {@code --query-gpu} CSV; null for a line that is not one ("[N/A]" fields read as NaN). */
    static Sample parse(long at, String line) {
        String[] f = line.split(",\\s*");
        if (f.length != 6) {
            return null;
        }
        try {
            return new Sample(
                    at,
                    Integer.parseInt(f[0].strip()),
                    f[1].strip(),
                    number(f[2]),
                    number(f[3]),
                    number(f[4]),
                    number(f[5]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(String field) {
        String s = field.strip();
        return s.startsWith("[") ? Double.NaN : Double.parseDouble(s);
    }

    /** The samples so far. */
    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        stop(process, reader);
        stop(apps, appReader);
    }

    private static void stop(Process p, Thread reader) {
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
