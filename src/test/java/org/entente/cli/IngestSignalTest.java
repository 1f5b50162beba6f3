package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.EntenteProcess;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (as Ctrl-C's SIGINT) during an ingest: it says how far it got, and what it loaded stays. */
class IngestSignalTest {
    @Test
    void aSignalDuringIngestSaysHowFarItGot(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int articles = 640;
        for (int i = 0; i < articles; i++) {
            Files.writeString(in.resolve(String.format("talks%03d.txt", i)), "Talks in Geneva\n\nRussian President Vladimir "
                    + "Putin met Chinese President Xi Jinping in Moscow on Monday, according to Reuters. Story " + i + ".\n");
        }
        Path store = tmp.resolve("store");
        try (EntenteProcess ingest = EntenteProcess.start("3g", List.of("ingest", "--store", store.toString(),
                "--threads", "1", "--date", "2020-01-01", in.toString()))) {
            String progress = ingest.awaitLine(false, "/" + articles + " articles", 180);
            assertNotNull(progress, "progress shown: " + ingest.drainErr());
            ingest.terminate();
            int code = ingest.waitFor(60);
            assertTrue(code != 0 && code != -1, "ended by the signal, not by finishing: " + code);
            Thread.sleep(1_000);
            String err = ingest.drainErr();
            String said = err.lines().filter(l -> l.contains("stopped")).findFirst().orElse(null);
 assertNotNull(said, "it says it was stopped (exit " + code + ", after " + progress + "): " + err + "\n" + ingest.drainOut());
            Matcher m = Pattern.compile("after (\\d+) of " + articles + " article").matcher(said);
            assertTrue(m.find(), said);
            int done = Integer.parseInt(m.group(1));
            assertTrue(done > 0 && done < articles, said);
            try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
                long loaded = kg.graphNames().stream().filter(g -> g.startsWith(Ent.graph(""))).count();
                assertEquals(done, loaded, "the articles it says are done are in the store: " + said);
            }
        }
    }
}
