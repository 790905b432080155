package org.briefingengine.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A jar's central directory: the name, size and CRC-32 of every entry, so any change to any class changes these
 * bytes. Hashing them keys the rule cache to the application build for a few kilobytes read instead of the whole
 * jar, a cost every run paid before its rules could load (README, "Start-up").
 */
final class JarDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xffff;

    private JarDirectory() {
    }

    /** The central directory's bytes and the file's length; empty when the file is no plain zip (or a zip64). */
    static Optional<byte[]> of(Path jar) {
        try (FileChannel file = FileChannel.open(jar, StandardOpenOption.READ)) {
            long length = file.size();
            int tailLength = (int) Math.min(length, END_LENGTH + MAX_COMMENT);
            ByteBuffer tail = read(file, length - tailLength, tailLength);
            for (int at = tailLength - END_LENGTH; at >= 0; at--) {
                if (tail.getInt(at) == END_SIGNATURE) {
                    long size = Integer.toUnsignedLong(tail.getInt(at + 12));
                    long offset = Integer.toUnsignedLong(tail.getInt(at + 16));
                    if (offset + size > length - tailLength + at) {
                        return Optional.empty();
                    }
                    ByteBuffer directory = read(file, offset, (int) size);
                    return Optional.of(ByteBuffer.allocate(Long.BYTES + (int) size).putLong(length)
                            .put(directory).array());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended early");
            }
        }
        return buffer.flip();
    }
}
