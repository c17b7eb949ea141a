package org.rfcc.bench.runner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.rfcc.bench.model.UserException;

/**
 * JMH's machine-wide lock ({@code java.io.tmpdir/jmh.lock}), which one benchmark run holds at a
 * time so that two runs do not measure each other. Checked before a run starts, so that a second
 * run says so in one line instead of failing every benchmark with JMH's error.
 */
public final class JmhLock {
    /** The start of JMH's own message when the lock is taken (JMH gives no type for it). */
    static final String JMH_MESSAGE = "Unable to acquire the JMH lock";

    private JmhLock() {}

    /** The lock file JMH takes. */
    public static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    /** @throws UserException when another process holds JMH's lock now */
    public static void checkFree() {
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy();
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw busy();
        } catch (IOException e) {
            // JMH itself will say what is wrong with the file; nothing to add here
        }
    }

    /** The one-line error of a machine that another benchmark run holds. */
    static UserException busy() {
        return new UserException("another benchmark run holds this machine (JMH's lock " + file()
                + "); wait for it to finish and run again: two runs at once would measure each other");
    }
}
