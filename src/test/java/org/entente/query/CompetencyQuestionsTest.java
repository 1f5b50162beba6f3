package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.entente.TestProject;
import org.entente.pipeline.BuildOperation;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every competency question of queries/manifest.ttl, answered from a store built from data/. */
class CompetencyQuestionsTest {
    private static Path storeFolder;
    private static KnowledgeStore store;

    @BeforeAll
    static void build() throws Exception {
        storeFolder = Files.createTempDirectory("entente-cq");
        TestProject.build(TestProject.data(), storeFolder.resolve("store"));
        store = KnowledgeStore.openExisting(storeFolder.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<CompetencyQuestion> questions() {
        List<CompetencyQuestion> all = CompetencyQuestions.read(TestProject.queries());
        assertEquals(7, all.size(), "the seven competency questions");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answersMatchTheExpectedResults(CompetencyQuestion q) throws Exception {
        assertTrue(Files.readString(q.query()).startsWith("# Question: "), "query file is headed by its question");
        Query query = QueryRunner.parse(Files.readString(q.query()), q.query().toString());
        ResultSetRewindable actual = new QueryRunner(store).select(query);
        ResultSetRewindable expected;
        try (var in = Files.newInputStream(q.expected())) {
            expected = org.apache.jena.query.ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
        assertTrue(expected.size() > 0, "an expected answer is never empty");
        boolean same = query.isOrdered()
                ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                : ResultsCompare.equalsByTerm(expected, actual);
        if (!same) {
            actual.reset();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            ResultSetMgr.write(got, actual, ResultSetLang.RS_TSV);
            assertEquals(Files.readString(q.expected()), got.toString(java.nio.charset.StandardCharsets.UTF_8), q.name());
        }
    }
}
