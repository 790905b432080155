package org.briefingengine.it;

import java.nio.file.Path;
import org.briefingengine.pipeline.AtomicOutput;

/** A process that stages an output which never finishes, so a test can kill it mid-write. */
public final class SlowWriter {

    private SlowWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (AtomicOutput output = new AtomicOutput(Path.of(args[0]))) {
            output.stage("done.json", out -> out.write('{'));
            output.stage("briefing.pdf", out -> {
                System.out.println("writing");
                System.out.flush();
                while (true) {
                    out.write(new byte[8192]);
                    out.flush();
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
            });
        }
    }
}
