package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.entente.TestProject;
import org.entente.article.Corpus;
import org.entente.extract.TestExtractor;
import org.entente.input.TextFile;
import org.entente.pipeline.IngestOperation;
import org.entente.pipeline.IngestSummary;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competency questions asked of a store built from the seed article's
 * extracted claims alone, no curated claim in it. The questions name no
 * curated identifier or label, so where extraction reads the article as the
 * curators did, the answer is the expected one.
 */
class ExtractedStoreQuestionsTest {
    @TempDir
    static Path tmp;
    private static KnowledgeStore store;

    @BeforeAll
    static void ingestByExtractionOnly() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String ext : List.of(".txt", ".json")) {
            Files.copy(TestProject.data().resolve("articles/" + TestProject.SEED + ext), in.resolve(TestProject.SEED + ext));
        }
        Path noClaims = Files.createDirectories(tmp.resolve("no-claims"));
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(tmp.resolve("store"))) {
            IngestSummary s = new IngestOperation(TestProject.data(), noClaims, null, 1,
                    Duration.ofSeconds(IngestOperation.DEFAULT_ARTICLE_SECONDS), false)
                    .run(kg, Corpus.sources(List.of(in), null), TestExtractor.get(), (d, t, f) -> { });
            assertEquals(1, s.extracted(), s.failures().toString());
            assertEquals(0, s.curated());
        }
        store = KnowledgeStore.openExisting(tmp.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> rows(ResultSetRewindable rs) {
        Set<String> out = new HashSet<>();
        rs.reset();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution r = rs.next();
            List<String> cells = new ArrayList<>();
            vars.forEach(v -> cells.add(String.valueOf(r.get(v))));
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static Set<String> answer(String name) {
        Path q = TestProject.queries().resolve(name + ".rq");
        Query query = QueryRunner.parse(TextFile.read(q, "query"), name);
        return rows(new QueryRunner(store).select(query));
    }

    private static Set<String> expected(String name) throws Exception {
        try (var in = Files.newInputStream(TestProject.queries().resolve(name + ".tsv"))) {
            return rows(org.apache.jena.query.ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_TSV)));
        }
    }

    /**
     * Every event with its date and participants: Russia's contacts with
     * United States officials are Russia's (the one who tells of them acts for
     * it), and China's support that is only held or renewed by no one named
     * is no act beside Xi's commendation.
     */
    @Test
    void everyEventWithItsDateAndParticipantsIsWhatTheCuratorsSaw() throws Exception {
        assertEquals(expected("01-events-in-date-order"), answer("01-events-in-date-order"));
    }

    @Test
    void theClaimOnCctvsWordIsFoundByWhatItSaysWithItsSentenceAndOffsets() throws Exception {
        assertEquals(expected("02-claim-evidence"), answer("02-claim-evidence"));
    }

    /**
     * The peace initiatives with who founded or proposed them and when: the
     * group founded in a participle ("the group established in September
     * 2023"), and the plan named after the two states that proposed it.
     */
    @Test
    void thePeaceInitiativesAreFoundWithTheirFoundersProposersAndDates() throws Exception {
        assertEquals(expected("04-peace-initiatives"), answer("04-peace-initiatives"));
    }

    /** Every entity the answer names, the relationships' too ("the international community"), and no other. */
    @Test
    void theEntitiesAreThoseTheCuratedClaimsName() throws Exception {
        assertEquals(expected("07-entities-wikidata"), answer("07-entities-wikidata"));
    }

    @Test
    void whatChinaDoesForRussiaIsWhatTheCuratorsSaw() throws Exception {
        assertEquals(expected("05-china-and-russia"), answer("05-china-and-russia"));
    }

    /** The hedge and the prediction, each resting on the words that hedge or predict it, and nothing else hedged or predicted. */
    @Test
    void theHedgeAndThePredictionAreFoundOnTheirOwnWordsAndNothingElse() throws Exception {
        assertEquals(expected("06-hedged-and-predicted"), answer("06-hedged-and-predicted"));
    }

    /**
     * What CCTV and the Kremlin are said to say: the act CCTV reports on its
     * whole sentence, the summit inside it on its phrase, and the support the
     * Kremlin's statement highlighted without the writer's gloss after it.
     */
    @Test
    void theClaimsOnASourcesWordRestOnTheWordsTheSourceIsSaidToHaveSaid() throws Exception {
        assertEquals(expected("03-attributed-claims"), answer("03-attributed-claims"));
    }
}
