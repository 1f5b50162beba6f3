package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk during ingest and build: a real file system of a few megabytes
 * (tmpfs, mounted in a mount namespace of the test's own), filled to the last
 * byte once a store is built on it.
 */
class FullDiskTest {
    private static boolean canMountTmpfs(Path dir) throws Exception {
        Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs " + dir)
                .redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aFullDiskIsAClearErrorAndTheStoreStaysAsItWas(@TempDir Path tmp) throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(canMountTmpfs(disk), "unshare and tmpfs are available");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve("talks" + i + ".txt"), "Talks in Geneva\n\nRussian President Vladimir Putin met "
                    + "Chinese President Xi Jinping in Moscow on Monday, according to Reuters. Story " + i + ".\n");
        }
        String entente = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Xmx3g -cp '"
                + System.getProperty("java.class.path") + "' org.entente.cli.Main";
        String store = disk.resolve("store").toString();
        String script = String.join("\n",
                "mount -t tmpfs -o size=40m tmpfs " + disk + " || exit 9",
                entente + " build --store " + store + " >/dev/null 2>&1 || exit 8",
                "cp -r " + store + " " + tmp.resolve("before"),
                "dd if=/dev/zero of=" + disk.resolve("fill") + " bs=1M 2>/dev/null",
                entente + " ingest --store " + store + " --date 2020-01-01 " + in + " 2>" + tmp.resolve("ingest.err"),
                "echo \"ingest=$?\"",
                entente + " build --store " + store + " 2>" + tmp.resolve("build.err"),
                "echo \"build=$?\"",
                "rm " + disk.resolve("fill"),
                "cp -r " + store + " " + tmp.resolve("after"));
        Process p = new ProcessBuilder("unshare", "-rm", "bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "ended");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("ingest=" + ExitCode.CANNOT_WRITE), out);
        assertTrue(out.contains("build=" + ExitCode.CANNOT_WRITE), out);
        for (String log : List.of("ingest.err", "build.err")) {
            String err = Files.readString(tmp.resolve(log));
            assertTrue(err.contains("cannot write the store: is the disk full?"), log + ": " + err);
            assertFalse(err.contains("Exception") || err.contains("Error:") || err.contains("\tat "), log + ": " + err);
            assertFalse(err.toLowerCase().contains("lock"), "nothing blames a lock: " + err);
        }
        try (KnowledgeStore before = KnowledgeStore.openExisting(tmp.resolve("before"));
             KnowledgeStore after = KnowledgeStore.openExisting(tmp.resolve("after"))) {
            Boolean same = before.read(b -> after.read(a -> IsoMatcher.isomorphic(b.asDatasetGraph(), a.asDatasetGraph())));
            assertTrue(same, "the store is as it was before the disk filled");
            assertEquals(before.quadCount(), after.quadCount());
        }
    }
}
