package org.entente.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.entente.rdf.Ent;
import org.entente.rdf.Ontology;

/**
 * Validates converter output against the SHACL shapes of {@code ontology/}.
 * The data is validated together with the ontology, so that {@code sh:class}
 * constraints see the class hierarchy.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Model ontology;

    public ShapeValidator() {
        this(Ontology.shapes(), Ontology.ontology());
    }

    public ShapeValidator(Model shapes, Model ontology) {
        this.shapes = Shapes.parse(shapes.getGraph());
        this.ontology = ontology;
    }

    public ShapeReport validate(Model data) {
        Model union = ModelFactory.createUnion(data, ontology);
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PrefixMapping prefixes = Ent.prefixes();
        for (ReportEntry entry : report.getEntries()) {
            String line = describe(entry, prefixes);
            if (entry.severity().level().equals(Severity.Violation.level())) {
                violations.add(line);
            } else {
                warnings.add(line);
            }
        }
        violations.sort(null);
        warnings.sort(null);
        return new ShapeReport(violations, warnings);
    }

    private static String describe(ReportEntry e, PrefixMapping prefixes) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(prefixes));
        return shortForm(e.focusNode(), prefixes) + path + ": " + e.message();
    }

    private static String shortForm(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            return prefixes.shortForm(node.getURI());
        }
        return node.toString();
    }

}
