package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.entente.input.InputException;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.claims.Factuality;
import org.entente.claims.Participant;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.evaluate.Counts;
import org.entente.evaluate.Scorer;
import org.entente.pipeline.ExtractOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    static final Path HOME = Path.of(System.getProperty("entente.home", "."));
    static final Path DATA = HOME.resolve("data");
    static final String SEED = "000_b4d1e2a150973906";
    static final LocalDate MONDAY = LocalDate.of(2025, 2, 24);
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.load(DATA);
    }

    private static ClaimSet extract(String text) {
        return extractor.extract("test", text, MONDAY);
    }

    private static Situation only(ClaimSet set, SituationType type) {
        List<Situation> found = set.situations().stream().filter(s -> s.type() == type).toList();
        assertEquals(1, found.size(), () -> type + " in " + set.situations());
        return found.get(0);
    }

    private static Set<String> entities(Situation s) {
        return s.participants().stream().map(Participant::entity).collect(Collectors.toSet());
    }

    private static Claim claimAbout(ClaimSet set, Situation s) {
        return set.claims().stream().filter(c -> c.about().equals(s.id())).findFirst().orElseThrow();
    }

    @Test
    void reachesNinetyPercentPrecisionAndRecallOnTheCuratedArticle() {
        Article article = ArticleReader.read(DATA.resolve("articles").resolve(SEED + ".txt"));
        ClaimSet curated = ClaimsJson.read(DATA.resolve("claims").resolve(SEED + ".json")).claims();
        ClaimSet extracted = extractor.extract(SEED, article.text(), article.metadata().published());
        Counts c = new Scorer(extractor.gazetteer()).score(curated, extracted).strict();
        assertTrue(c.precision() >= 0.9, "precision " + c);
        assertTrue(c.recall() >= 0.9, "recall " + c);
    }

    @Test
    void extractedClaimsPassTheCheckerAndTheShapes() {
        ExtractOperation.Result r = new ExtractOperation(extractor)
                .run(DATA.resolve("articles").resolve(SEED + ".txt"), null, null);
        assertEquals("entente-extract " + Extractor.VERSION, r.claims().producedBy());
        assertTrue(r.claims().claims().stream().allMatch(c -> c.confidence() != null));
    }

    @Test
    void givesTheSameJsonEveryTimeAndFromSeveralThreads() throws Exception {
        Article article = ArticleReader.read(DATA.resolve("articles").resolve(SEED + ".txt"));
        String once = ClaimsJson.write(extractor.extract(SEED, article.text(), MONDAY));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> runs = pool.invokeAll(List.of(
                    () -> ClaimsJson.write(extractor.extract(SEED, article.text(), MONDAY)),
                    () -> ClaimsJson.write(extractor.extract(SEED, article.text(), MONDAY)),
                    () -> ClaimsJson.write(extractor.extract(SEED, article.text(), MONDAY))));
            for (Future<String> f : runs) {
                assertEquals(once, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesAnArticleWithoutPublicationDate(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path text = dir.resolve("story.txt");
        java.nio.file.Files.writeString(text, "Title\n\nChina and Brazil proposed a peace plan on Monday.\n");
        InputException e = assertThrows(InputException.class, () -> new ExtractOperation(extractor).run(text, null, null));
        assertTrue(e.getMessage().contains("--date"), e.getMessage());
        ExtractOperation.Result r = new ExtractOperation(extractor).run(text, null, LocalDate.of(2023, 4, 17));
        assertEquals("2023-04-17", only(r.claims(), SituationType.Proposal).date().value());
    }

    @Test
    void readsParticipantsBetweenAndWith() {
        ClaimSet set = extract("Talks\n\nThe dialogue between Russia and the United States resumed.\n");
        assertEquals(Set.of("russia", "united-states"), entities(only(set, SituationType.Negotiation)));
    }

    @Test
    void attributesClaimsReportedAccordingToASource() {
        ClaimSet set = extract("News\n\nPresident Xi Jinping praised Brazil, according to state broadcaster CCTV.\n");
        Situation endorsement = only(set, SituationType.Endorsement);
        assertEquals(Set.of("xi-jinping", "brazil"), entities(endorsement));
        Claim claim = claimAbout(set, endorsement);
        assertEquals("cctv", claim.source());
        assertEquals(Factuality.REPORTED, claim.factuality());
    }

    @Test
    void marksModalsAsPredictedOrHedgedAndNegationAsNegated() {
        ClaimSet future = extract("News\n\nChina will impose sanctions on Japan.\n");
        ClaimSet hedged = extract("News\n\nIndia could become a mediator.\n");
        ClaimSet negated = extract("News\n\nFrance has not invaded Spain.\n");
        assertEquals(Factuality.PREDICTED, future.claims().get(0).factuality(), future.claims().toString());
        assertEquals(Factuality.HEDGED, hedged.claims().get(0).factuality(), hedged.claims().toString());
        assertEquals(Factuality.NEGATED, negated.claims().get(0).factuality(), negated.claims().toString());
    }

    @Test
    void datesTheInvasionThreeYearsBeforeItsThirdAnniversary() {
        ClaimSet set = extract("News\n\nLeaders gathered to commemorate the third anniversary of Russia's invasion of Ukraine.\n");
        Situation invasion = only(set, SituationType.Invasion);
        assertEquals("2022-02-24", invasion.date().value());
        assertEquals(Set.of("russia", "ukraine"), entities(invasion));
    }

    @Test
    void resolvesShortNamesAndTheTwoLeadersToPeopleNamedBefore() {
        ClaimSet set = extract("News\n\nRussian President Vladimir Putin and Chinese President Xi Jinping spoke.\n"
                + "Putin briefed Xi on the talks. The alliance between the two leaders is old.\n");
        assertEquals(Set.of("vladimir-putin", "xi-jinping"), entities(only(set, SituationType.Briefing)));
        assertEquals(Set.of("vladimir-putin", "xi-jinping"), entities(only(set, SituationType.Alliance)));
        assertNotNull(set.relations().stream().filter(s -> s.type() == SituationType.OfficeHolding).findFirst().orElse(null));
    }

    @Test
    void dropsGenericMentionsWithoutParticipants() {
        ClaimSet set = extract("News\n\nThe approach to international conflicts favours negotiation over confrontation.\n");
        assertTrue(set.situations().isEmpty(), set.situations().toString());
    }

    @Test
    void evidenceQuotesMatchTheirCodePointOffsets() {
        String text = "News \uD83D\uDCF0\n\nChina’s support for dialogue between Russia and Ukraine was reiterated.\n";
        ClaimSet set = extract(text);
        assertTrue(!set.claims().isEmpty());
        for (Claim c : set.claims()) {
            var e = c.evidence().get(0);
            int from = text.offsetByCodePoints(0, e.start());
            int to = text.offsetByCodePoints(from, e.end() - e.start());
            assertEquals(e.quote(), text.substring(from, to));
        }
    }
}
