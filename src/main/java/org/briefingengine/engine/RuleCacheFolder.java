package org.briefingengine.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Optional;

/**
 * Where compiled rule bases are kept, and whether that place is private. The cache holds code that will run, so a
 * folder (or file) that anyone but the user could have written is not used.
 */
final class RuleCacheFolder {

    private RuleCacheFolder() {
    }

    /**
     * {@code BRIEFING_RULE_CACHE_DIR} when set, else {@code $XDG_CACHE_HOME/briefing-engine}, else
     * {@code ~/.cache/briefing-engine}.
     */
    static Path standard(Map<String, String> env) {
        String own = env.getOrDefault(RuleCache.DIR_VARIABLE, "");
        if (!own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        // The XDG base-directory spec: a relative value is invalid and is ignored.
        Path base = !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("briefing-engine");
    }

    /** Creates the folder (mode 0700) when missing; empty when it may be used, else why not. */
    static Optional<String> prepare(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return whyNotPrivate(folder);
        } catch (UnsupportedOperationException e) {
            return Optional.of("this file system has no owners and permissions to check");
        } catch (IOException e) {
            return Optional.of("cannot create it (" + e.getMessage() + ")");
        }
    }

    /** Empty when the path is owned by the user and writable by no one else; else what is wrong. */
    static Optional<String> whyNotPrivate(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return Optional.of("this file system has no owners and permissions to check");
        }
        PosixFileAttributes attributes = view.readAttributes();
        if (attributes.isSymbolicLink()) {
            return Optional.of("it is a symbolic link");
        }
        UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!attributes.owner().equals(me)) {
            return Optional.of("it is owned by " + attributes.owner().getName() + ", not by you");
        }
        if (attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("others may write to it (" + PosixFilePermissions.toString(attributes.permissions())
                    + "); run 'chmod go-w " + path + "'");
        }
        return Optional.empty();
    }
}
