package org.rfcc.bench.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rfcc.bench.runner.RunListener;

/** A console for tests: it keeps the warnings it is told, from any thread, and says nothing else. */
final class Warnings implements Console {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public RunListener progress() {
        return Console.silent().progress();
    }

    @Override
    public void note(String line) {}

    @Override
    public void warn(String line) {
        lines.add(line);
    }
}
