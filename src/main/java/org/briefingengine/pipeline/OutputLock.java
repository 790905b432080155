package org.briefingengine.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on one output folder, held through an OS file lock on {@code .briefing.lock}. The OS drops the
 * lock when its process dies, so a lock file left by a killed run is stale by construction and simply taken over;
 * the file's text (pid and start time) only serves to name the holder to a second run.
 */
public final class OutputLock implements AutoCloseable {

    static final String FILE = ".briefing.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;
    /** Removes the lock file when the run is killed with SIGTERM, so the folder is left as tidy as after a run. */
    private final Thread removeOnShutdown;

    private OutputLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
        this.removeOnShutdown = new Thread(this::deleteFile, "briefing-lock-cleanup");
        Runtime.getRuntime().addShutdownHook(removeOnShutdown);
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the OS lock dies with the process anyway; a leftover file is taken over by the next run
        }
    }

    /** @throws BriefingException exit 6 when another run holds the folder */
    public static OutputLock acquire(Path folder, Instant now) throws IOException {
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new BriefingException(ExitCode.LOCKED, file + ": another run holds this output folder ("
                    + (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to finish, then run again");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + now)
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException fullDisk) {
            // The lock is ours but its holder line could not be written (a full disk): leave nothing behind.
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
            throw fullDisk;
        }
        return new OutputLock(channel, lock, file);
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and removes the file
        }
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
