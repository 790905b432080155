package org.briefingengine.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each output to a temporary file in the target folder, and renames them into place only once every one is
 * complete. Until {@link #commit()} the previous files stay untouched; {@link #close()} (and, for a run killed with
 * SIGTERM, a shutdown hook) removes any temporary file left.
 */
public final class AtomicOutput implements AutoCloseable {

    private static final String TEMP_MARK = ".tmp-";
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /**
     * Guards creating and renaming temporary files against the shutdown hook: the main thread keeps running while
     * hooks run, so without it a temp file could be created, or renamed into place, after the cleanup.
     */
    private static final Object FILES = new Object();
    private static boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deletePending, "briefing-temp-cleanup"));
    }

    /** Writes bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final List<Path[]> staged = new ArrayList<>();

    public AtomicOutput(Path folder) {
        this.folder = folder;
    }

    /**
     * Removes temporary files a killed run left in {@code folder} ({@code .<name>.tmp-<pid>}). Called with the
     * folder's lock held: any other run that wrote there has lost its lock, which the OS drops only when that run's
     * process has ended, so none of these files can still be in use (even if its pid was reused since).
     */
    public static void removeLeftovers(Path folder) throws IOException {
        String ours = TEMP_MARK + ProcessHandle.current().pid();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int mark = name.lastIndexOf(TEMP_MARK);
                if (name.startsWith(".") && mark > 0 && !name.endsWith(ours)
                        && name.substring(mark + TEMP_MARK.length()).chars().allMatch(Character::isDigit)) {
                    deleteQuietly(file);
                }
            }
        }
    }

    /** Writes one file's content to a temporary name beside its final name; several threads may stage at once. */
    public Path stage(String fileName, Content content) throws IOException {
        Path temp = folder.resolve("." + fileName + TEMP_MARK + ProcessHandle.current().pid());
        OutputStream out;
        synchronized (FILES) {
            refuseWhenShuttingDown();
            PENDING.add(temp);
            staged.add(new Path[] {temp, folder.resolve(fileName)});
            out = Files.newOutputStream(temp);
        }
        try (out) {
            content.writeTo(out);
        }
        return temp;
    }

    /** Renames every staged file into place. */
    public void commit() throws IOException {
        synchronized (FILES) {
            refuseWhenShuttingDown();
            for (Path[] move : staged) {
                try {
                    Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING);
                }
                PENDING.remove(move[0]);
            }
            staged.clear();
        }
    }

    @Override
    public void close() {
        for (Path[] move : staged) {
            deleteQuietly(move[0]);
            PENDING.remove(move[0]);
        }
        staged.clear();
    }

    private static void refuseWhenShuttingDown() throws IOException {
        if (shuttingDown) {
            throw new IOException("the process is shutting down (SIGTERM); nothing more is written");
        }
    }

    private static void deletePending() {
        synchronized (FILES) {
            shuttingDown = true;
            PENDING.forEach(AtomicOutput::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the folder may itself be gone
        }
    }
}
