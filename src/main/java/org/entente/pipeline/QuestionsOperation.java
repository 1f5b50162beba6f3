package org.entente.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.entente.input.InputException;
import org.entente.input.TextFile;
import org.entente.query.Answer;
import org.entente.query.CompetencyQuestion;
import org.entente.query.CompetencyQuestions;
import org.entente.query.QueryRunner;
import org.entente.store.KnowledgeStore;

/**
 * Answers every competency question of a manifest from the store, and says
 * whether each answer is the one expected for the project's article (a store
 * holding more articles will answer differently, which is not an error).
 */
public final class QuestionsOperation {
    private final Path queries;
    private final KnowledgeStore store;

    public QuestionsOperation(Path queries, KnowledgeStore store) {
        this.queries = queries;
        this.store = store;
    }

    public List<Answer> run() {
        QueryRunner runner = new QueryRunner(store);
        List<Answer> answers = new ArrayList<>();
        for (CompetencyQuestion q : CompetencyQuestions.read(queries)) {
            Query query = QueryRunner.parse(TextFile.read(q.query(), "query"), q.query().toString());
            if (!query.isSelectType()) {
                throw InputException.of(q.query().toString(), "a competency question is a SELECT query, so its "
                        + "answer can be compared with the expected rows; this is " + query.queryType().name());
            }
            ResultSetRewindable rows = runner.select(query);
            ResultSetRewindable expected = expected(q.expected());
            boolean same = query.isOrdered()
                    ? ResultsCompare.equalsByTermAndOrder(expected, rows)
                    : ResultsCompare.equalsByTerm(expected, rows);
            rows.reset();
            answers.add(new Answer(q, rows, same));
        }
        return answers;
    }

    private static ResultSetRewindable expected(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
