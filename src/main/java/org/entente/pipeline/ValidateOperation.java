package org.entente.pipeline;

import java.nio.file.Path;
import org.entente.validate.OwlDocument;
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
        this(new ProjectLayout(dataFolder));
    }

    /** Validates the articles and claims of a corpus folder, with the gazetteer of a data folder. */
    public ValidateOperation(ProjectLayout layout) {
        this.layout = layout;
    }

    public ValidationSummary run() {
        Gazetteer gazetteer = Gazetteer.read(layout.gazetteer());
        Conversion conversion = new Converter(gazetteer).convertAll(layout);
        var document = OwlDocument.merge(Ontology.ontology(),
                conversion.graphs().stream().map(ArticleGraph::graph).toList());
        OwlReport owl = new OwlChecker().check(document);
        return new ValidationSummary(conversion.graphs().size(), conversion.claims(), conversion.warnings(), owl);
    }
}
