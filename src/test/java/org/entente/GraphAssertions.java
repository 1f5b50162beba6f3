package org.entente;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Graph comparison for tests: isomorphism, with the difference shown on failure. */
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

    private static String ntriples(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}
