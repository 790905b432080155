package org.briefingengine.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, new subfolders included, and hands out changes in batches: a batch
 * ends once the folders have been quiet for the debounce time, so an editor's save (often several events) or a
 * copied folder is one change. Only {@code *.drl} and {@code *.json} files (and deleted folders) count; closing it
 * ends any wait.
 */
final class FolderWatch implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** Every folder ever registered, kept after its key is gone, so its deletion is still recognised. */
    private final Set<Path> registered = new HashSet<>();
    private final Duration debounce;

    FolderWatch(List<Path> roots, Duration debounce) {
        this.debounce = debounce;
        try {
            this.service = roots.get(0).getFileSystem().newWatchService();
            for (Path root : roots) {
                registerTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    /**
     * The rule and fact files (or deleted folders) changed in the next batch, an empty set after an overflow (reload
     * everything), or empty once closed.
     */
    Optional<Set<Path>> next() throws InterruptedException {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                boolean overflow = false;
                WatchKey key = service.take();
                while (key != null) {
                    overflow |= drain(key, changed);
                    key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                }
                if (overflow) {
                    return Optional.of(Set.of());
                }
                if (!changed.isEmpty()) {
                    return Optional.of(changed);
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private boolean drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                // Files written into a new folder before it was registered would be missed: count them too.
                registerTree(path);
                filesBelow(path).forEach(changed::add);
            } else if (counts(path) || registered.contains(path)) {
                // A deleted folder's files may go without an event of their own: the folder stands for them.
                changed.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    static boolean counts(Path path) {
        String name = path.getFileName().toString();
        return (name.endsWith(".drl") || name.endsWith(".json")) && !name.startsWith(".");
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                registered.add(folder);
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
            }
        } catch (IOException e) {
            // The folder vanished between the event and now; its parent's next event says so.
        }
    }

    private static List<Path> filesBelow(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(FolderWatch::counts).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing only ends the wait; nothing to report
        }
    }
}
