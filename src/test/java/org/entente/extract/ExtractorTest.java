package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.TestProject;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.Counts;
import org.entente.evaluate.Scorer;
import org.entente.input.InputException;
import org.entente.pipeline.ExtractOperation;
import org.entente.extract.pipeline.ExtractionPipeline;
import org.entente.extract.pipeline.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor as a whole: on the seed article, on any thread, and through the checks curated claims pass. */
class ExtractorTest {
    private static final String SEED = TestProject.SEED;

    private static Article seed() {
        return ArticleReader.read(TestProject.data().resolve("articles/" + SEED + ".txt"));
    }

    /** A regression check on the article the rules were first written for, not an accuracy: see the development set. */
    @Test
    void keepsItsFiguresOnTheSeedArticle() {
        Article a = seed();
        ClaimSet curated = ClaimsJson.read(TestProject.data().resolve("claims/" + SEED + ".json")).claims();
        ClaimSet found = TestExtractor.get().extract(SEED, a.text(), a.metadata().published());
        ArticleScore s = new Scorer(TestExtractor.get().gazetteer()).score(curated, found);
        assertTrue(s.strict().precision() >= 0.949, "strict " + s.strict());
        assertTrue(s.strict().recall() >= 0.949, "strict " + s.strict());
        Counts links = s.links().values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        assertTrue(links.recall() >= 0.8, "links " + links + ", missed and wrong: " + s.linkErrors());
    }

    @Test
    void extractedClaimsPassTheCheckerAndTheShapes() {
        ExtractOperation.Result r = new ExtractOperation(TestExtractor.get())
                .run(TestProject.data().resolve("articles/" + SEED + ".txt"), null, null);
        assertTrue(r.graph().shapes().conforms());
        assertFalse(r.claims().events().isEmpty());
    }

    @Test
    void givesTheSameJsonEveryTimeAndFromSeveralThreads() throws Exception {
        Article a = seed();
        String once = ClaimsJson.write(TestExtractor.get().extract(SEED, a.text(), a.metadata().published()));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> runs = pool.invokeAll(List.of(
                    () -> ClaimsJson.write(TestExtractor.get().extract(SEED, a.text(), a.metadata().published())),
                    () -> ClaimsJson.write(TestExtractor.get().extract(SEED, a.text(), a.metadata().published())),
                    () -> ClaimsJson.write(TestExtractor.get().extract(SEED, a.text(), a.metadata().published()))));
            for (Future<String> f : runs) {
                assertEquals(once, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesAnArticleWithoutAPublicationDate(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Chile and Peru signed an agreement on Monday.\n");
        InputException e = assertThrows(InputException.class, () -> new ExtractOperation(TestExtractor.get()).run(text, null, null));
        assertTrue(e.getMessage().contains("--date"), e.getMessage());
        ExtractOperation.Result r = new ExtractOperation(TestExtractor.get()).run(text, null, LocalDate.of(2023, 4, 19));
        assertEquals("2023-04-17", r.claims().events().get(0).date().value());
    }

    @Test
    void evidenceQuotesMatchTheirCodePointOffsets() {
        String text = "Note \uD83D\uDCF0\n\nChile\u2019s president condemned the Peruvian raid on Monday.\n";
        ClaimSet set = TestExtractor.claims(text);
        assertFalse(set.claims().isEmpty());
        for (Claim c : set.claims()) {
            var e = c.evidence().get(0);
            int from = text.offsetByCodePoints(0, e.start());
            int to = text.offsetByCodePoints(from, e.end() - e.start());
            assertEquals(e.quote(), text.substring(from, to));
        }
    }

    @Test
    void theStagesComeInTheOrderTheirLayersNeed() {
        Language language = Language.read(TestProject.data().resolve("lexicon/language.json"));
        var stages = new java.util.ArrayList<>(List.of(new org.entente.extract.roles.RoleStage(TestExtractor.get().gazetteer(), language)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtractionPipeline(List.copyOf(stages)));
        assertTrue(e.getMessage().startsWith("RoleStage requires"), e.getMessage());
    }
}
