package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Sizes of folders on disk, as the store reports them. */
final class StoreFiles {
    private StoreFiles() {
    }

    /** Bytes held by the regular files under {@code folder} (0 when it does not exist). */
    static long size(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreFiles::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A file removed while walking (an old generation being deleted) holds nothing.
            return 0;
        }
    }
}
