package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The stacks of a JFR recording as collapsed stacks ({@code root;…;leaf count}, frames as {@code
 * pkg.Class.method:line}), read with {@code jdk.jfr.consumer}: CPU samples, wall-clock samples or
 * allocation samples weighed in bytes. It reads JDK Flight Recorder's recordings and
 * async-profiler's alike.
 */
public final class JfrStacks {
    private static final Map<String, Set<String>> EVENTS = Map.of(
            "cpu", Set.of("jdk.ExecutionSample"),
            "wall", Set.of("jdk.ExecutionSample", "profiler.WallClockSample", "jdk.NativeMethodSample"),
            "alloc",
                    Set.of(
                            "jdk.ObjectAllocationSample",
                            "jdk.ObjectAllocationInNewTLAB",
                            "jdk.ObjectAllocationOutsideTLAB"));

    private JfrStacks() {}

    /** The collapsed stacks of {@code event} ({@code cpu}, {@code wall} or {@code alloc}) in {@code jfr}. */
    public static List<String> read(Path jfr, String event) {
        return read(List.of(jfr), event);
    }

    /** The collapsed stacks of {@code event} in all of {@code recordings}, summed. */
    public static List<String> read(List<Path> recordings, String event) {
        Set<String> names = EVENTS.get(event);
        if (names == null) {
            throw new IllegalArgumentException("no such profile event: " + event);
        }
        Map<String, Long> stacks = new HashMap<>();
        for (Path jfr : recordings) {
            read(jfr, event, names, stacks);
        }
        return stacks.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(s -> s.getKey() + " " + s.getValue())
                .collect(Collectors.toList());
    }

    private static void read(Path jfr, String event, Set<String> names, Map<String, Long> stacks) {
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                RecordedStackTrace trace = e.getStackTrace();
                if (trace == null || !names.contains(e.getEventType().getName())) {
                    continue;
                }
                stacks.merge(collapse(trace), event.equals("alloc") ? bytes(e) : 1, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            throw new ProfileException("cannot read the recording " + jfr.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String collapse(RecordedStackTrace trace) {
        List<RecordedFrame> frames = trace.getFrames();
        StringBuilder s = new StringBuilder();
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedFrame f = frames.get(i);
            if (s.length() > 0) {
                s.append(';');
            }
            String method = f.getMethod().getName();
            s.append(owner(f)).append(method.startsWith("/") ? method.substring(method.lastIndexOf('/') + 1) : method);
            if (f.isJavaFrame() && f.getLineNumber() > 0) {
                s.append(':').append(f.getLineNumber());
            }
        }
        return s.toString().replace(' ', '_');
    }

    /**
     * {@code pkg.Class.} of a Java frame; for a native frame of async-profiler, whose "class" is
     * the library's path with its slashes read as dots, the library's file name ({@code libz.so.}).
     */
    private static String owner(RecordedFrame f) {
        if (f.getMethod().getType() == null) {
            return "";
        }
        String name = f.getMethod().getType().getName();
        if (name.isEmpty()) {
            return ""; // a native frame of async-profiler: its method is the symbol, or the library's path
        }
        if (name.startsWith(".")) {
            int lib = name.lastIndexOf(".lib");
            return (lib >= 0 ? name.substring(lib + 1) : name.substring(name.lastIndexOf('.') + 1)) + ".";
        }
        return name + ".";
    }

    private static long bytes(RecordedEvent e) {
        for (String field : List.of("weight", "allocationSize")) {
            if (e.hasField(field)) {
                return Math.max(1, e.getLong(field));
            }
        }
        return 1;
    }
}
