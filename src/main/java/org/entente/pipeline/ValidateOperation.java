package org.entente.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.export.OwlDocument;
import org.entente.gazetteer.Gazetteer;
import org.entente.rdf.Ontology;
import org.entente.validate.OwlChecker;
import org.entente.validate.OwlReport;

/**
 * Checks everything a build would load, without touching a store: claims
 * against articles and gazetteer, SHACL on each graph, and the merged OWL
 * document (ontology plus every article's individuals) under the OWL 2 DL
 * profile and HermiT, which is what Protégé will show.
 */
public final class ValidateOperation {
    private final ProjectLayout layout;

    public ValidateOperation(Path dataFolder) {
        this.layout = new ProjectLayout(dataFolder);
    }

    public ValidationSummary run() {
        Gazetteer gazetteer = Gazetteer.read(layout.gazetteer());
        List<ArticleGraph> graphs = new Converter(gazetteer).convertAll(layout);
        List<String> warnings = new ArrayList<>();
        int claims = 0;
        for (ArticleGraph g : graphs) {
            claims += g.claims();
            g.shapes().warnings().forEach(w -> warnings.add(g.articleId() + ": " + w));
        }
        var document = OwlDocument.merge(Ontology.ontology(), graphs.stream().map(ArticleGraph::graph).toList());
        OwlReport owl = new OwlChecker().check(document);
        return new ValidationSummary(graphs.size(), claims, warnings, owl);
    }
}
