package org.entente.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.InputException;
import org.entente.Problem;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.extract.Extractor;
import org.entente.extract.evaluate.Evaluation;
import org.entente.extract.evaluate.SituationScorer;

/**
 * Extracts the claims of curated articles in memory and scores them against
 * the curated claims in {@code DATA/claims/ID.json}.
 */
public final class EvaluateOperation {
    private final ProjectLayout layout;
    private final Extractor extractor;
    private final SituationScorer scorer = new SituationScorer();

    public EvaluateOperation(Path data, Extractor extractor) {
        this.layout = new ProjectLayout(data);
        this.extractor = extractor;
    }

    public static EvaluateOperation load(Path data) {
        return new EvaluateOperation(data, Extractor.load(data));
    }

    /** Scores the given articles, or every article with curated claims when none is given. */
    public Evaluation run(List<String> articleIds) {
        List<String> ids = new ArrayList<>(articleIds);
        if (ids.isEmpty()) {
            Converter.claimFiles(layout).forEach(f -> ids.add(ProjectLayout.articleIdOf(f)));
        }
        List<Problem> problems = new ArrayList<>();
        for (String id : ids) {
            if (!layout.claimsFile(id).toFile().isFile()) {
                problems.add(Problem.at(layout.claimsFile(id).toString(), "no curated claims for article '" + id + "'"));
            }
            if (!layout.articleText(id).toFile().isFile()) {
                problems.add(Problem.at(layout.articleText(id).toString(), "no article text for '" + id + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<org.entente.extract.evaluate.Scorecard> cards = new ArrayList<>();
        for (String id : ids) {
            Article article = ArticleReader.read(layout.articleText(id));
            ClaimSet curated = ClaimsJson.read(layout.claimsFile(id)).claims();
            ClaimSet extracted = extractor.extract(id, article.text(), article.metadata().published());
            cards.add(scorer.score(curated, extracted));
        }
        return new Evaluation(cards);
    }
}
