package org.entente;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.store.KnowledgeStore;

/** Graph comparison for tests: isomorphism, with the difference shown on failure, and store snapshots. */
public final class GraphAssertions {
    private GraphAssertions() {
    }

    public static void assertIsomorphic(Model expected, Model actual) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        fail("graphs differ\n--- expected but missing:\n" + ntriples(expected.difference(actual))
                + "--- present but not expected:\n" + ntriples(actual.difference(expected)));
    }

    /** Everything in the store at a folder, copied out of it, for comparing a store before and after. */
    public static Dataset contents(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            Dataset copy = DatasetFactory.create();
            kg.graphNames().forEach(g -> copy.addNamedModel(g, kg.graph(g)));
            return copy;
        }
    }

    private static String ntriples(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}
