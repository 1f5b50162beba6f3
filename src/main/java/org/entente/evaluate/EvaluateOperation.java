package org.entente.evaluate;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimDocument;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.extract.Extractor;
import org.entente.gazetteer.Gazetteer;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.pipeline.Converter;
import org.entente.pipeline.ProjectLayout;
import org.entente.validate.ClaimChecker;

/**
 * Extracts the claims of every article of a gold corpus in memory and scores
 * them against its gold claims. A corpus is a folder with {@code articles/}
 * and {@code claims/} (the project's data folder, or a gold set such as the
 * development set), and may hold {@code split.tsv}, naming each article's part
 * ({@code tuning} or {@code test}). Gold claims are checked as a build checks
 * them before anything is scored.
 */
public final class EvaluateOperation {
    private final ProjectLayout layout;
    private final Extractor extractor;
    private final Gazetteer gazetteer;

    public EvaluateOperation(ProjectLayout layout, Extractor extractor) {
        this.layout = layout;
        this.extractor = extractor;
        this.gazetteer = extractor.gazetteer();
    }

    /** Loads the extractor from the layout's data folder. */
    public static EvaluateOperation load(ProjectLayout layout) {
        return new EvaluateOperation(layout, Extractor.load(layout.data()));
    }

    /**
     * Scores the articles given, or every article with gold claims (of one part
     * of the split, when a part is given).
     *
     * @param articleIds articles to score; empty for all
     * @param part       {@code tuning}, {@code test}, or null for every part
     * @return the evaluation, articles in id order
     */
    public Evaluation run(List<String> articleIds, String part) {
        List<String> ids = new ArrayList<>(articleIds);
        if (ids.isEmpty()) {
            Converter.claimFiles(layout).forEach(f -> ids.add(ProjectLayout.articleIdOf(f)));
        }
        if (part != null) {
            Map<String, String> split = Split.read(layout.corpus());
            ids.removeIf(id -> !part.equals(split.get(id)));
            if (ids.isEmpty()) {
                throw InputException.of(layout.corpus().resolve(Split.FILE).toString(), "no article with gold claims is in part '" + part + "'");
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String id : ids) {
            if (!Files.isRegularFile(layout.claimsFile(id))) {
                problems.add(Problem.at(layout.claimsFile(id).toString(), "no gold claims for article '" + id + "'"));
            }
            if (!Files.isRegularFile(layout.articleText(id))) {
                problems.add(Problem.at(layout.articleText(id).toString(), "no article text for '" + id + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        ClaimChecker checker = new ClaimChecker(gazetteer);
        Scorer scorer = new Scorer(gazetteer);
        List<ArticleScore> scores = new ArrayList<>();
        for (String id : ids) {
            Article article = ArticleReader.read(layout.articleText(id));
            ClaimDocument doc = ClaimsJson.read(layout.claimsFile(id));
            checker.check(doc, article);
            ClaimSet extracted = extractor.extract(id, article.text(), article.metadata().published());
            scores.add(scorer.score(doc.claims(), extracted));
        }
        return new Evaluation(scores);
    }
}
