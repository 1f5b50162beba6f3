package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.entente.TestProject;
import org.entente.input.TextFile;
import org.entente.pipeline.BuildOperation;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competency questions on a store of two articles: the seed, and a second
 * one in which the Kremlin denies that China supplied Russia with drones.
 */
class SeveralArticlesTest {
    @TempDir
    static Path tmp;
    private static KnowledgeStore store;

    @BeforeAll
    static void build() throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Path fixture = TestProject.root().resolve("src/test/resources/multi");
        Files.copy(fixture.resolve("second.txt"), data.resolve("articles/second.txt"));
        Files.copy(fixture.resolve("second.json"), data.resolve("articles/second.json"));
        Files.copy(fixture.resolve("second.claims.json"), data.resolve("claims/second.json"));
        assertEquals(2, TestProject.build(data, tmp.resolve("store")).articles());
        store = KnowledgeStore.openExisting(tmp.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<QuerySolution> answer(String file) {
        Path q = TestProject.queries().resolve(file);
        var rows = new QueryRunner(store).select(QueryRunner.parse(TextFile.read(q, "query"), file));
        List<QuerySolution> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }

    /** The answer with the second article in the store is the seed article's alone, as the question's file has it. */
    private static boolean sameAsExpected(String name) throws Exception {
        Path q = TestProject.queries().resolve(name + ".rq");
        Query query = QueryRunner.parse(TextFile.read(q, "query"), name);
        ResultSetRewindable actual = new QueryRunner(store).select(query);
        try (var in = Files.newInputStream(TestProject.queries().resolve(name + ".tsv"))) {
            ResultSetRewindable expected = ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
            return query.isOrdered() ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                    : ResultsCompare.equalsByTerm(expected, actual);
        }
    }

    @Test
    void aDeniedSupplyIsNotSomethingChinaDoesForRussia() throws Exception {
        List<QuerySolution> rows = answer("05-china-and-russia.rq");
        assertTrue(rows.stream().noneMatch(r -> r.get("actor").toString().contains("India")), rows.toString());
        assertTrue(sameAsExpected("05-china-and-russia"), "negated claims must not count as deeds: " + rows);
    }

    @Test
    void attributedClaimsAreThoseOfTheArticleAskedAbout() throws Exception {
        List<QuerySolution> rows = answer("03-attributed-claims.rq");
        assertTrue(rows.stream().noneMatch(r -> r.get("quote").toString().contains("drones")),
                "the second article's claim on the Kremlin's word is not the seed article's: " + rows);
        assertTrue(sameAsExpected("03-attributed-claims"), rows.toString());
    }

    @Test
    void anEntityNamedByBothArticlesIsListedOnce() {
        List<QuerySolution> rows = answer("07-entities-wikidata.rq");
        Set<String> seen = new HashSet<>();
        for (QuerySolution r : rows) {
            assertTrue(seen.add(r.get("entity").toString()), "listed twice: " + r.get("entity"));
        }
        assertTrue(seen.stream().anyMatch(e -> e.endsWith("/india")));
    }

    @Test
    void theNegatedClaimIsAmongNeitherHedgedNorPredictedStatements() {
        List<QuerySolution> rows = answer("06-hedged-and-predicted.rq");
        assertEquals(2, rows.size(), rows.toString());
    }
}
