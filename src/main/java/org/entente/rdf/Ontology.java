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

    /** A fresh copy of the OWL ontology. */
    public static Model ontology() {
        return read("/ontology/entente.ttl");
    }

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
