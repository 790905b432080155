package org.briefingengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.util.Drools;

/**
 * What a compiled rule base depends on, as one SHA-256: the name and content of every rule, taxonomy and parameter
 * file, the Drools version, the Java runtime and this application's own build (its jar's directory, which holds every
 * entry's name, size and CRC-32, or its class files when run from a build folder). Any change to any of them gives
 * another key, so a stale base is never found.
 */
final class RuleCacheKey {

    /** Bumped when the cache file's layout changes. */
    static final String FORMAT = "briefing-rule-cache-1";

    private static String applicationBuild;

    private RuleCacheKey() {
    }

    static String of(Path rulesDir) {
        MessageDigest digest = sha256();
        for (String part : List.of(FORMAT, Drools.getFullVersion(), System.getProperty("java.vm.vendor", ""),
                System.getProperty("java.runtime.version", ""), applicationBuild())) {
            add(digest, part.getBytes(StandardCharsets.UTF_8));
        }
        for (Path file : inputs(rulesDir)) {
            add(digest, rulesDir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            add(digest, read(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every {@code *.drl} and {@code *.json} below the rules folder except the scenarios, which are never compiled. */
    static List<Path> inputs(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".json"))
                    .filter(p -> !rulesDir.relativize(p).startsWith("scenarios"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
    }

    /** The application's code, hashed once per process: it cannot change while the process runs. */
    static synchronized String applicationBuild() {
        if (applicationBuild == null) {
            applicationBuild = hashCode(codeLocation());
        }
        return applicationBuild;
    }

    private static Path codeLocation() {
        CodeSource source = RuleCacheKey.class.getProtectionDomain().getCodeSource();
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find the application's own code to key the rule cache", e);
        }
    }

    static String hashCode(Path location) {
        MessageDigest digest = sha256();
        if (Files.isRegularFile(location)) {
            add(digest, JarDirectory.of(location).orElseGet(() -> read(location)));
        } else {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    add(digest, location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    add(digest, read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length first, so that no two different sequences of parts hash alike. */
    private static void add(MessageDigest digest, byte[] part) {
        digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
