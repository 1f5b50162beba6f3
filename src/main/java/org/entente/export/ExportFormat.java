package org.entente.export;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The syntaxes entente exports to. Quad formats keep each article's named graph. */
public enum ExportFormat {
    TURTLE(Lang.TURTLE, false),
    NTRIPLES(Lang.NTRIPLES, false),
    NQUADS(Lang.NQUADS, true),
    TRIG(Lang.TRIG, true),
    JSONLD(Lang.JSONLD, true),
    RDFXML(Lang.RDFXML, false),
    /** Ontology and individuals merged into one OWL document (RDF/XML) that Protégé opens as is. */
    OWL(Lang.RDFXML, false);

    private final Lang lang;
    private final boolean quads;

    ExportFormat(Lang lang, boolean quads) {
        this.lang = lang;
        this.quads = quads;
    }

    public Lang lang() {
        return lang;
    }

    public boolean keepsGraphs() {
        return quads;
    }

    /** Accepts the enum name or a common short name: ttl, nt, nq, trig, jsonld, rdf, xml, owl. */
    public static ExportFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TURTLE;
            case "nt", "ntriples", "n-triples" -> NTRIPLES;
            case "nq", "nquads", "n-quads" -> NQUADS;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf/xml", "rdf", "xml" -> RDFXML;
            case "owl" -> OWL;
            default -> throw new IllegalArgumentException("unknown format '" + name
                    + "'; use ttl, nt, nq, trig, jsonld, rdfxml or owl");
        };
    }
}
