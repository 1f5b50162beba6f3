package org.entente.pipeline;

import static org.entente.GraphAssertions.contents;
import static org.entente.GraphAssertions.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.entente.extract.Extractor;
import org.entente.gazetteer.Gazetteer;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.entente.article.ArticleSource;
import org.entente.article.Corpus;
import org.apache.jena.rdf.model.Model;

class IngestOperationTest {
    private static final LocalDate DATE = LocalDate.of(2025, 3, 4);
    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = org.entente.extract.TestExtractor.get();
    }

    /** Ingests into a store folder, as {@code entente ingest} does, with the default time budget. */
    private static IngestSummary ingest(Path store, LocalDate date, int threads, List<ArticleSource> inputs) {
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(store)) {
            return new IngestOperation(TestProject.data(), date, threads, Duration.ofSeconds(IngestOperation.DEFAULT_ARTICLE_SECONDS))
                    .run(kg, inputs, extractor, (d, t, f) -> { });
        }
    }

    /** A folder of articles: the seed (with curated claims), a plain one, and three that must fail. */
    private static Path articles(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"), in.resolve(TestProject.SEED + ".txt"));
        Files.copy(TestProject.data().resolve("articles/" + TestProject.SEED + ".json"), in.resolve(TestProject.SEED + ".json"));
        Files.writeString(in.resolve("talks.txt"), "Talks in Geneva\n\nRussian President Vladimir Putin met "
                + "Chinese President Xi Jinping in Moscow on Monday, according to Reuters.\n");
        Files.createDirectories(in.resolve("more"));
        Files.write(in.resolve("more/latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("more/empty.txt"), new byte[0]);
        Files.writeString(in.resolve("more/notes.md"), "not an article");
        return in;
    }


    @Test
    void findsArticlesInFoldersWithIdsThatStayUnique(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        var ids = Corpus.sources(List.of(in), null).stream().map(ArticleSource::id).toList();
        assertEquals(List.of(TestProject.SEED, "more_empty", "more_latin1", "talks"), ids);
    }

    @Test
    void loadsWhatItCanAndNamesWhatItSkipsWithTheReason(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        IngestSummary s = ingest(tmp.resolve("store"), DATE, 2, Corpus.sources(List.of(in), null));
        assertEquals(4, s.articles());
        assertEquals(1, s.curated());
        assertEquals(1, s.extracted());
        assertEquals(2, s.failures().size(), s.failures().toString());
        assertTrue(s.failures().stream().anyMatch(f -> f.article().endsWith("latin1.txt")
                && f.reason().startsWith("not valid UTF-8 at byte offset 3")), s.failures().toString());
        assertTrue(s.failures().stream().anyMatch(f -> f.article().endsWith("empty.txt")
                && f.reason().equals("empty article file")), s.failures().toString());
        // heap in use at one moment: never more than the heap may grow to
        assertTrue(s.peakHeapBytes() > 0 && s.peakHeapBytes() <= Runtime.getRuntime().maxMemory(), String.valueOf(s.peakHeapBytes()));
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("store"))) {
            assertEquals(List.of(Ent.graph(TestProject.SEED), Ent.graph("talks"), Ent.ONTOLOGY), kg.graphNames());
            var talks = kg.graph(Ent.graph("talks"));
            assertTrue(talks.contains(null, Ent.producedBy, Extractor.PRODUCED_BY), "the plain article's claims were extracted");
            assertTrue(talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("vladimir-putin"))));
        }
    }

    @Test
    void curatedClaimsTakePrecedenceOverExtraction(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        ingest(tmp.resolve("store"), DATE, 1, Corpus.sources(List.of(in.resolve(TestProject.SEED + ".txt")), null));
        var curated = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")))
                .convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                        TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).graph();
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("store"))) {
            assertIsomorphic(curated, kg.graph(Ent.graph(TestProject.SEED)));
        }
    }

    @Test
    void anArticleOverItsTimeBudgetIsSkippedAndNamedAndTheOthersLoad(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        List<ArticleSource> talks = Corpus.sources(List.of(in.resolve("talks.txt")), null);
        IngestSummary s;
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(tmp.resolve("store"))) {
            // No article is read, checked and validated within a millisecond.
            s = new IngestOperation(TestProject.data(), DATE, 1, Duration.ofMillis(1)).run(kg, talks, extractor, (d, t, f) -> { });
        }
        assertEquals(0, s.loaded());
        assertEquals(1, s.failures().size());
        assertEquals(in.resolve("talks.txt").toString(), s.failures().get(0).article());
        assertTrue(s.failures().get(0).reason().contains("took longer than 1 ms"), s.failures().get(0).reason());
        assertEquals(1, ingest(tmp.resolve("store"), DATE, 1, talks).loaded(), "within the default budget it loads");
    }

    @Test
    void ingestingAgainChangesNothing(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path store = tmp.resolve("store");
        ingest(store, DATE, 2, Corpus.sources(List.of(in), null));
        Dataset before = contents(store);
        ingest(store, DATE, 2, Corpus.sources(List.of(in), null));
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), contents(store).asDatasetGraph()));
    }

    @Test
    void ingestingAChangedArticleReplacesItsGraph(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path store = tmp.resolve("store");
        ingest(store, DATE, 1, Corpus.sources(List.of(in.resolve("talks.txt")), null));
        Files.writeString(in.resolve("talks.txt"), "Talks in Geneva\n\nBrazilian President Luiz Inacio Lula da Silva "
                + "met Canadian Prime Minister Justin Trudeau in Ottawa on Monday.\n");
        ingest(store, DATE, 1, Corpus.sources(List.of(in.resolve("talks.txt")), null));
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            var talks = kg.graph(Ent.graph("talks"));
            assertTrue(!talks.containsResource(talks.getResource(Ent.entity("vladimir-putin"))),
                    "what the old text said is gone");
            assertTrue(talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("canada")))
                    || talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("justin-trudeau"))),
                    "what the new text says is there");
        }
    }

    @Test
    void anArticleWithoutADateIsSkippedNeverGivenToday(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        IngestSummary s = ingest(tmp.resolve("store"), null, 1, Corpus.sources(List.of(in.resolve("talks.txt")), null));
        assertEquals(0, s.loaded());
        assertTrue(s.failures().get(0).reason().startsWith("no publication date"), s.failures().toString());
    }

    @Test
    void twoArticlesWithOneIdAreNotBothLoaded(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(in.resolve("talks.txt"), other.resolve("talks.txt"));
        IngestSummary s = ingest(tmp.resolve("store"), DATE, 1, Corpus.sources(List.of(in.resolve("talks.txt"), other.resolve("talks.txt")), null));
        assertEquals(1, s.loaded());
        assertTrue(s.failures().get(0).reason().contains("is also that of"), s.failures().toString());
    }

    @Test
    void aPathThatDoesNotExistIsTheUsersMistake(@TempDir Path tmp) {
        InputException e = assertThrows(InputException.class, () -> Corpus.sources(List.of(tmp.resolve("nope")), null));
        assertTrue(e.getMessage().contains("no such file or folder"));
    }

    /** A folder of two texts without metadata files and a manifest beside it, as the Wikinews corpus is laid out. */
    private static Path manifestCorpus(Path tmp, String secondDate) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Path texts = Files.createDirectories(root.resolve("articles"));
        Files.writeString(texts.resolve("a1.txt"), "Talks in Geneva\n\nRussia and China held talks in Geneva on Monday.\n");
        Files.writeString(texts.resolve("a2.txt"), "Visit to Paris\n\nChinese President Xi Jinping visited France on Friday.\n");
        Files.writeString(root.resolve("MANIFEST.tsv"), "file\tdate\turl\ttitle\n"
                + "a1.txt\t2019-03-04\thttps://example.org/a1\tTalks in Geneva\n"
                + "a2.txt\t" + secondDate + "\thttps://example.org/a2\tVisit to Paris\n");
        return texts;
    }

    @Test
    void aManifestBesideTheFolderGivesEachArticleItsOwnDateTitleAndUrl(@TempDir Path tmp) throws Exception {
        Path texts = manifestCorpus(tmp, "2020-07-10");
        IngestSummary s = ingest(tmp.resolve("store"), null, 1, Corpus.sources(List.of(texts), null));
        assertEquals(2, s.loaded(), s.failures().toString());
        try (KnowledgeStore store = KnowledgeStore.openExisting(tmp.resolve("store"))) {
            Model a1 = store.graph(Ent.graph("a1"));
            Model a2 = store.graph(Ent.graph("a2"));
            var article1 = a1.getResource(Ent.article("a1"));
            var article2 = a2.getResource(Ent.article("a2"));
            assertEquals("2019-03-04T00:00:00", article1.getProperty(Ent.published).getString());
            assertEquals("2020-07-10T00:00:00", article2.getProperty(Ent.published).getString());
            assertEquals("https://example.org/a2", article2.getProperty(Ent.url).getString());
            assertEquals("Visit to Paris", article2.getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
        }
    }

    @Test
    void aBadManifestRowSkipsItsArticleAndNamesTheLine(@TempDir Path tmp) throws Exception {
        Path texts = manifestCorpus(tmp, "2020-13-45");
        IngestSummary s = ingest(tmp.resolve("store"), null, 1, Corpus.sources(List.of(texts), null));
        assertEquals(1, s.loaded());
        assertEquals(1, s.failures().size());
        assertTrue(s.failures().get(0).article().endsWith("a2.txt"), s.failures().toString());
        assertTrue(s.failures().get(0).reason().endsWith("MANIFEST.tsv:3: date '2020-13-45' is not a date YYYY-MM-DD"),
                s.failures().toString());
    }

    @Test
    void aJsonLinesCorpusLoadsItsGoodLinesAndNamesTheBadOnes(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("news.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\": \"n1\", \"date\": \"2021-05-03\", \"text\": \"Canada imposed sanctions on Russia on Monday.\", \"source\": \"Example Wire\"}",
                "{\"id\": \"n2\", \"date\": \"2021-05-04\", \"text\": \"Talks ended\"",
                "",
                "{\"id\": \"n3\", \"date\": 20210505, \"text\": \"Talks ended.\"}",
                "{\"id\": \"n4\", \"date\": \"2021-05-06\", \"text\": \"France and Germany met in Berlin.\", \"url\": \"https://example.org/n4\"}"));
        IngestSummary s = ingest(tmp.resolve("store"), null, 1, Corpus.sources(List.of(corpus), null));
        assertEquals(2, s.loaded(), s.failures().toString());
        assertEquals(List.of(corpus + ":2", corpus + ":4"), s.failures().stream().map(IngestSummary.Failure::article).toList());
        try (KnowledgeStore store = KnowledgeStore.openExisting(tmp.resolve("store"))) {
            var n1 = store.graph(Ent.graph("n1")).getResource(Ent.article("n1"));
            assertEquals("2021-05-03T00:00:00", n1.getProperty(Ent.published).getString());
            assertEquals("Example Wire", n1.getProperty(Ent.outlet).getString());
            var n4 = store.graph(Ent.graph("n4")).getResource(Ent.article("n4"));
            assertEquals("https://example.org/n4", n4.getProperty(Ent.url).getString());
        }
    }

    @Test
    void theWikinewsManifestGivesEveryArticleItsOwnDate(@TempDir Path tmp) {
        Path shared = TestProject.shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared is not beside the project");
        Path articles = shared.resolve("corpus/wikinews/articles");
        List<ArticleSource> sources = Corpus.sources(List.of(articles), null);
        assertEquals(293, sources.size());
        var dates = new java.util.HashMap<String, LocalDate>();
        for (ArticleSource src : sources) {
            dates.put(src.id(), src.read(null).metadata().published());
        }
        assertEquals(LocalDate.of(2019, 1, 4), dates.get("2019-0001_Magnitogorsk_apartment_building_collapses_after_explosion_dozens_dead"));
        assertEquals(LocalDate.of(2020, 1, 6), dates.get("2020-0003_Iraqi_Parliament_votes_for_expulsion_of_United_States_troops"));
        assertTrue(dates.values().stream().distinct().count() > 200, "dates differ from article to article");
    }

    @Test
    void theSameArticlesGiveTheSameGraphsWithOneThreadOrTwo(@TempDir Path tmp) throws Exception {
        Path devset = TestProject.root().resolve("src/test/resources/devset/articles");
        Path in = Files.createDirectories(tmp.resolve("sample"));
        for (String prefix : List.of("2020-0003", "2019-0107", "2019-0121", "2020-0006")) {
            try (var files = Files.list(devset)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.copy(f, in.resolve(f.getFileName()));
                }
            }
        }
        var sources = Corpus.sources(List.of(in), null);
        ingest(tmp.resolve("one"), null, 1, sources);
        ingest(tmp.resolve("two"), null, 2, sources);
        try (KnowledgeStore one = KnowledgeStore.openExisting(tmp.resolve("one"));
             KnowledgeStore two = KnowledgeStore.openExisting(tmp.resolve("two"))) {
            assertEquals(one.graphNames(), two.graphNames());
            for (String g : one.graphNames()) {
                assertTrue(one.graph(g).isIsomorphicWith(two.graph(g)), "graph " + g + " differs between runs");
            }
            assertEquals(5, one.graphNames().size(), "four articles and the ontology");
        }
    }

    /**
     * The same articles give the same graphs, IRIs included, whatever the
     * thread count: sixteen stories of the development set's tuning part, read
     * with one thread and then with two.
     */
    @Test
    void theSameArticlesGiveIsomorphicGraphsWithOneThreadOrTwo(@TempDir Path tmp) throws Exception {
        Path devset = TestProject.root().resolve("src/test/resources/devset");
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> tuning = Files.readAllLines(devset.resolve("split.tsv")).stream()
                .filter(l -> l.endsWith("\ttuning")).map(l -> l.substring(0, l.indexOf('\t'))).limit(16).toList();
        assertEquals(16, tuning.size());
        for (String id : tuning) {
            for (String ext : List.of(".txt", ".json")) {
                Files.copy(devset.resolve("articles").resolve(id + ext), in.resolve(id + ext));
            }
        }
        IngestSummary one = ingest(tmp.resolve("one"), null, 1, Corpus.sources(List.of(in), null));
        IngestSummary two = ingest(tmp.resolve("two"), null, 2, Corpus.sources(List.of(in), null));
        assertEquals(16, one.extracted(), one.failures().toString());
        assertEquals(16, two.extracted(), two.failures().toString());
        Dataset a = contents(tmp.resolve("one"));
        Dataset b = contents(tmp.resolve("two"));
        List<String> names = new java.util.ArrayList<>();
        a.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        List<String> namesTwo = new java.util.ArrayList<>();
        b.listModelNames().forEachRemaining(r -> namesTwo.add(r.getURI()));
        java.util.Collections.sort(names);
        java.util.Collections.sort(namesTwo);
        assertEquals(names, namesTwo);
        assertTrue(names.size() >= 16, names.toString());
        for (String g : names) {
            assertIsomorphic(a.getNamedModel(g), b.getNamedModel(g));
        }
    }
}
