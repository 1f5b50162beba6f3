package org.entente.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology and SHACL shapes as shipped: the files of {@code ontology/},
 * packaged on the class path so the jar works from any folder.
 */
public final class Ontology {
    private Ontology() {
    }

    /**
     * A fresh copy of the OWL ontology with the CAMEO and PLOVER concept schemes
     * it imports merged in: one self-contained ontology, as the store and the
     * validators use it. (In {@code ontology/} the two are files of their own,
     * joined by {@code owl:imports} and the Protégé catalog.)
     */
    public static Model ontology() {
        Model categories = read("/ontology/cameo.ttl");
        categories.removeAll(categories.getResource(CATEGORIES), null, null);
        Model ontology = read("/ontology/entente.ttl").add(categories);
        ontology.remove(ontology.getResource(Ent.ONTOLOGY), org.apache.jena.vocabulary.OWL2.imports, ontology.getResource(CATEGORIES));
        return ontology;
    }

    /** The IRI of the event categories' own ontology document. */
    private static final String CATEGORIES = "https://w3id.org/entente/cameo";

    /** A fresh copy of the SHACL shapes for converter output. */
    public static Model shapes() {
        return read("/ontology/entente-shapes.ttl");
    }

    private static Model read(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Ent.ONTOLOGY).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
