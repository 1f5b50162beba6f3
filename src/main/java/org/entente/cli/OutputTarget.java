package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.jena.atlas.RuntimeIOException;
import org.entente.input.InputException;
import org.entente.input.WriteException;

/**
 * Where a command writes its data: standard output, or the file of {@code -o}.
 * Nothing is lost silently: a failed write to standard output is an error, and
 * a file is written beside its target under another name and renamed over it
 * only when all of it is written, so a failure leaves the old file in place.
 * A target that is not a regular file (a device, a pipe) is written to directly.
 */
final class OutputTarget {
    /** Writes the command's data to a stream. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputTarget() {
    }

    /** Writes to standard output, and checks that it took every byte. */
    static void toStdout(PrintStream stdout, Body body) {
        try {
            body.writeTo(stdout);
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            throw new WriteException("standard output", "cannot write: " + reason(e), e);
        }
        stdout.flush();
        if (stdout.checkError()) {
            throw new WriteException("standard output", "cannot write: closed, or its disk is full", null);
        }
    }

    /** Writes to {@code file} (or standard output when it is null), replacing the file only when all is written. */
    static void write(Path file, PrintStream stdout, Body body) {
        if (file == null) {
            toStdout(stdout, body);
            return;
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            } catch (IOException | UncheckedIOException | RuntimeIOException e) {
                throw new WriteException(file.toString(), "cannot write: " + reason(e), e);
            }
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw InputException.of(file.toString(), "cannot write: no such folder " + folder);
        }
        Path part = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW))) {
                body.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            throw new WriteException(file.toString(), "cannot write: " + reason(e) + "; the file is left as it was", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Nothing more can be done about a part file that cannot be removed.
            }
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
