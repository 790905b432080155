package org.briefingengine.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.briefingengine.model.Sha256;
import org.kie.api.KieBase;

/**
 * Compiled rule bases kept on disk, so a rule pack is compiled once and later runs load it. Each file is named by
 * {@link RuleCacheKey} and starts with the SHA-256 of what follows; a file whose hash does not match, that cannot be
 * read, or that lies in a folder others could write is not used: the rules are compiled instead and one warning says
 * why (once per cache). Files are written to a temporary file in the same folder and moved into place atomically, so
 * two processes writing the same base leave one whole file.
 */
public final class RuleCache {

    /** {@code off} turns the cache off. */
    public static final String OFF_VARIABLE = "BRIEFING_RULE_CACHE";
    /** A folder to keep the cache in instead of the user's cache folder. */
    public static final String DIR_VARIABLE = "BRIEFING_RULE_CACHE_DIR";
    /** Compiled bases kept; older ones (by last use) are deleted. */
    static final int KEPT = 8;
    private static final String SUFFIX = ".rules";

    private final Path folder;
    private final boolean reads;
    private final Consumer<String> warn;
    private final AtomicBoolean warned;
    private Optional<String> folderProblem;

    private RuleCache(Path folder, boolean reads, Consumer<String> warn, AtomicBoolean warned) {
        this.folder = folder;
        this.reads = reads;
        this.warn = warn;
        this.warned = warned;
    }

    /** No cache: every run compiles. */
    public static RuleCache off() {
        return new RuleCache(null, false, w -> { }, new AtomicBoolean());
    }

    /** A cache in {@code folder}; {@code warn} hears at most one line, the first reason it was not used. */
    public static RuleCache in(Path folder, Consumer<String> warn) {
        return new RuleCache(folder, true, warn, new AtomicBoolean());
    }

    /** The user's cache ({@link RuleCacheFolder#standard}), or none when {@code BRIEFING_RULE_CACHE=off}. */
    public static RuleCache fromEnvironment(Map<String, String> env, Consumer<String> warn) {
        return "off".equalsIgnoreCase(env.getOrDefault(OFF_VARIABLE, "").strip()) ? off()
                : in(RuleCacheFolder.standard(env), warn);
    }

    /** This cache, written after every clean compile but never read: for {@code validate}, which compiles from source. */
    public RuleCache writeOnly() {
        return new RuleCache(folder, false, warn, warned);
    }

    /** This cache, telling its one warning to {@code warn} instead: a load on another thread reports through its caller. */
    public RuleCache reportingTo(Consumer<String> warn) {
        return new RuleCache(folder, reads, warn, warned);
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The key of the folder's rules; null when the cache is off or (with its one warning) the key cannot be worked out. */
    String keyOf(Path rulesDir) {
        if (!enabled()) {
            return null;
        }
        try {
            return RuleCacheKey.of(rulesDir);
        } catch (RuntimeException e) {
            warnOnce("the rule cache is not used: cannot work out what the rules depend on (" + reason(e)
                    + "); compiled the rules instead");
            return null;
        }
    }

    /** The compiled base stored under the key, if there is a sound one. */
    Optional<KieBase> read(String key) {
        if (!reads || !usable()) {
            return Optional.empty();
        }
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Optional<String> wrong = RuleCacheFolder.whyNotPrivate(file);
            if (wrong.isPresent()) {
                warnOnce("the rule cache file " + file + " is not used: " + wrong.get() + "; compiled the rules instead");
                return Optional.empty();
            }
            KieBase base = CompiledPackages.read(payload(Files.readAllBytes(file), key));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(base);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            warnOnce("the rule cache file " + file + " is damaged (" + reason(e) + "); compiled the rules instead"
                    + " and will replace it");
            return Optional.empty();
        }
    }

    /** Stores a base that passed the safety check and compiled without errors; a failure only warns. */
    void write(String key, KieBase base) {
        if (!usable()) {
            return;
        }
        Path temp = null;
        try {
            byte[] payload = CompiledPackages.write(base);
            temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, file(key, payload));
            Files.move(temp, folder.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            warnOnce("cannot write the rule cache in " + folder + " (" + reason(e) + "); the rules will be compiled"
                    + " again next time");
        } finally {
            deleteQuietly(temp);
        }
    }

    private boolean usable() {
        if (folder == null) {
            return false;
        }
        if (folderProblem == null) {
            folderProblem = RuleCacheFolder.prepare(folder);
        }
        folderProblem.ifPresent(p -> warnOnce("the rule cache folder " + folder + " is not used: " + p
                + "; compiled the rules instead (set " + OFF_VARIABLE + "=off to stop this warning)"));
        return folderProblem.isEmpty();
    }

    /** Header line {@code <format> <key> <payload sha-256> <payload length>}, then the payload. */
    private static byte[] file(String key, byte[] payload) {
        byte[] header = (RuleCacheKey.FORMAT + " " + key + " " + hash(payload) + " " + payload.length + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(header, header.length + payload.length);
        System.arraycopy(payload, 0, all, header.length, payload.length);
        return all;
    }

    /** The payload after checking the header against the key and the payload's length and hash. */
    private static byte[] payload(byte[] file, String key) throws IOException {
        int newline = 0;
        while (newline < file.length && newline < 300 && file[newline] != '\n') {
            newline++;
        }
        String[] header = new String(file, 0, newline, StandardCharsets.US_ASCII).split(" ");
        if (newline >= file.length || header.length != 4 || !header[0].equals(RuleCacheKey.FORMAT)
                || !header[1].equals(key)) {
            throw new IOException("its header is not this version's");
        }
        byte[] payload = Arrays.copyOfRange(file, newline + 1, file.length);
        if (!header[3].equals(Integer.toString(payload.length))) {
            throw new IOException("it is " + payload.length + " bytes long, not " + header[3]);
        }
        if (!header[2].equals(hash(payload))) {
            throw new IOException("its content does not match its hash");
        }
        return payload;
    }

    /** Keeps the most recently used bases; a base another process is reading stays readable (its file is open). */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> old = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RuleCache::lastModified).reversed()).skip(KEPT).toList();
            old.forEach(RuleCache::deleteQuietly);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another process pruned it first, or it is gone: nothing to do
        }
    }

    private void warnOnce(String message) {
        if (warned.compareAndSet(false, true)) {
            warn.accept(message);
        }
    }

    private static String hash(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** The innermost message: a rejected class is reported by the stream as "filter status: REJECTED", its cause says which. */
    private static String reason(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause().getMessage() != null) {
            inner = inner.getCause();
        }
        return inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
    }
}
