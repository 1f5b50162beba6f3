package org.entente.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.validate.ClaimChecker;
import org.entente.claims.ClaimDocument;
import org.entente.claims.ClaimsJson;
import org.entente.gazetteer.Gazetteer;
import org.entente.rdf.ClaimMapper;
import org.entente.rdf.Ent;
import org.entente.validate.ShapeReport;
import org.entente.validate.ShapeValidator;

/**
 * Claims JSON to a validated RDF graph, for one article at a time: read the
 * article and its claims, check every quote and reference, map, run SHACL.
 * Any problem is an {@link InputException}; nothing here touches a store.
 */
public final class Converter {
    /** The {@code producedBy} of claims written by people. */
    public static final String CURATED = "curated";

    private final Gazetteer gazetteer;
    private final ClaimChecker checker;
    private final ClaimMapper mapper;
    private final ShapeValidator shapes;

    public Converter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.checker = new ClaimChecker(gazetteer);
        this.mapper = new ClaimMapper(gazetteer);
        this.shapes = new ShapeValidator();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Converts the claims file of an article whose text file is given. */
    public ArticleGraph convert(Path articleText, Path claimsFile) {
        Article article = ArticleReader.read(articleText);
        ClaimDocument doc = ClaimsJson.read(claimsFile);
        return convert(article, doc);
    }

    /** Converts an article and its already parsed claims. */
    public ArticleGraph convert(Article article, ClaimDocument doc) {
        String publisher = article.metadata().publisher();
        if (publisher != null && !gazetteer.contains(publisher)) {
            throw InputException.of(article.id() + ".json", "publisher '" + publisher
                    + "' is not a gazetteer id; add the outlet to data/gazetteer/ or leave publisher out");
        }
        checker.check(doc, article);
        var graph = mapper.map(article, doc.claims());
        ShapeReport report = shapes.validate(graph);
        if (!report.conforms()) {
            List<Problem> problems = new ArrayList<>();
            report.violations().forEach(v -> problems.add(Problem.at(doc.file(), "SHACL: " + v)));
            throw new InputException(problems);
        }
        return new ArticleGraph(article.id(), Ent.graph(article.id()), graph, doc.claims().claims().size(), report);
    }

    /** Converts every article of a data folder that has a claims file; collects all problems before failing. */
    public Conversion convertAll(ProjectLayout layout) {
        List<Path> claimFiles = claimFiles(layout);
        List<ArticleGraph> graphs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path claims : claimFiles) {
            String id = ProjectLayout.articleIdOf(claims);
            try {
                graphs.add(convert(layout.articleText(id), claims));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Conversion.of(graphs);
    }

    /** The claims files of a data folder, sorted by name. */
    public static List<Path> claimFiles(ProjectLayout layout) {
        Path folder = layout.claims();
        if (!Files.isDirectory(folder)) {
            throw InputException.of(folder.toString(), "no claims folder; expected DATA/claims/ID.json files");
        }
        try (var list = Files.list(folder)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw InputException.of(folder.toString(), "no claims files (*.json)");
            }
            return files;
        } catch (IOException e) {
            throw InputException.of(folder.toString(), "cannot list: " + e.getMessage());
        }
    }
}
