package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application build's part of the rule cache key, read from the jar's directory instead of all its bytes. */
class JarDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void oneClassChanged_givesAnotherBuildHash_andTheSameContentTheSameHash() throws IOException {
        Path first = jar("first.jar", "class A, first build");
        Path same = jar("same.jar", "class A, first build");
        Path changed = jar("changed.jar", "class A, other build");

        assertThat(JarDirectory.of(first)).isPresent();
        assertThat(RuleCacheKey.hashCode(same)).isEqualTo(RuleCacheKey.hashCode(first));
        assertThat(RuleCacheKey.hashCode(changed)).isNotEqualTo(RuleCacheKey.hashCode(first));
    }

    @Test
    void aFileThatIsNoZip_isHashedWhole() throws IOException {
        Path notAZip = Files.writeString(temp.resolve("briefing.jar"), "not a zip at all");
        Path other = Files.writeString(temp.resolve("other.jar"), "not a zip either");

        assertThat(JarDirectory.of(notAZip)).isEmpty();
        assertThat(RuleCacheKey.hashCode(notAZip)).isNotEqualTo(RuleCacheKey.hashCode(other));
    }

    private Path jar(String name, String classContent) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            JarEntry entry = new JarEntry("org/example/A.class");
            entry.setTime(0);
            out.putNextEntry(entry);
            out.write(classContent.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
