package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code target/briefing.jar} as a real process in a working folder, as cron would. */
final class JarProcess {

    static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();

    private JarProcess() {
    }

    /** Exit code, standard output and standard error of one run. */
    record Outcome(int exitCode, String out, String err) {

        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Outcome run(Path workDir, List<String> javaOptions, String... args) throws IOException, InterruptedException {
        return run(workDir, javaOptions, java.util.Map.of(), args);
    }

    /** As above, with environment variables added to the inherited ones. */
    static Outcome run(Path workDir, List<String> javaOptions, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(finished).as("jar finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
