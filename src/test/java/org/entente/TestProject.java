package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the project's own files are, for tests, and copies of them to change. */
public final class TestProject {
    public static final String SEED = "000_b4d1e2a150973906";

    private TestProject() {
    }

    /** The project root: Surefire passes it as entente.home; otherwise the working directory. */
    public static Path root() {
        String home = System.getProperty("entente.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    public static Path data() {
        return root().resolve("data");
    }

    public static Path queries() {
        return root().resolve("queries");
    }

    /** A copy of the project's data folder, safe to change. */
    public static Path copyOfData(Path into) {
        Path target = into.resolve("data");
        copyTree(data(), target);
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a data folder into a store folder, as {@code entente build} does, and closes the store. */
    public static org.entente.pipeline.BuildSummary build(Path data, Path store) {
        var checked = new org.entente.pipeline.BuildOperation(data).check();
        try (var kg = org.entente.store.KnowledgeStore.openForWriting(store)) {
            return checked.loadInto(kg);
        }
    }

    /** The shared corpus beside the project, or null where it is absent. */
    public static Path shared() {
        Path shared = root().resolveSibling("shared");
        return Files.isDirectory(shared) ? shared : null;
    }
}
