package org.entente.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    /** The split file of a corpus: article id, tab, part. */
    public static final String SPLIT = "split.tsv";

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
            Map<String, String> split = split();
            ids.removeIf(id -> !part.equals(split.get(id)));
            if (ids.isEmpty()) {
                throw InputException.of(layout.corpus().resolve(SPLIT).toString(), "no article with gold claims is in part '" + part + "'");
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

    /** The corpus's split: article id to part. An input error when the corpus has none. */
    public Map<String, String> split() {
        Path file = layout.corpus().resolve(SPLIT);
        if (!Files.isRegularFile(file)) {
            throw InputException.of(file.toString(), "no split file; a part can be chosen only in a corpus with " + SPLIT);
        }
        Map<String, String> split = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (header) {
                header = false;
                if (f[0].equals("article")) {
                    continue;
                }
            }
            if (f.length != 2 || !(f[1].equals("tuning") || f[1].equals("test"))) {
                throw new InputException(Problem.at(file.toString(), i + 1, 1, "expected 'ARTICLE<tab>tuning' or 'ARTICLE<tab>test'"));
            }
            split.put(f[0], f[1]);
        }
        return split;
    }

    /** Whether the corpus has a split file. */
    public boolean hasSplit() {
        return Files.isRegularFile(layout.corpus().resolve(SPLIT));
    }
}
