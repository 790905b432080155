package org.briefingengine.it;

import java.nio.file.Path;
import java.time.Instant;
import org.briefingengine.pipeline.OutputLock;

/** A second process that holds an output folder's lock until it is killed (for the cross-process lock test). */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), Instant.now())) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
