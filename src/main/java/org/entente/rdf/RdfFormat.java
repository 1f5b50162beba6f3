package org.entente.rdf;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * The forms entente writes its graphs in: the files of {@code export}, and the
 * server's answers, chosen by name or media type. Quad formats keep each
 * article's named graph.
 */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE, false, "turtle"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, false, "ntriples", "n-triples"),
    NQUADS("nq", "application/n-quads", Lang.NQUADS, true, "nquads", "n-quads"),
    TRIG("trig", "application/trig", Lang.TRIG, true),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, true, "json-ld"),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, false, "rdfxml", "rdf/xml", "xml"),
    /** Ontology and individuals merged into one OWL document (RDF/XML) that Protégé opens as is. */
    OWL("owl", "application/rdf+xml", Lang.RDFXML, false),
    /** A resource's page, for people; written by the server, not by Jena. */
    HTML("html", "text/html", null, false);

    private final String shortName;
    private final String mediaType;
    private final Lang lang;
    private final boolean quads;
    private final List<String> aliases;

    RdfFormat(String shortName, String mediaType, Lang lang, boolean quads, String... aliases) {
        this.shortName = shortName;
        this.mediaType = mediaType;
        this.lang = lang;
        this.quads = quads;
        this.aliases = List.of(aliases);
    }

    /** The name used on the command line and in {@code ?format=}. */
    public String shortName() {
        return shortName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or null for {@link #HTML}. */
    public Lang lang() {
        return lang;
    }

    /** Whether the format keeps named graphs. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** Whether a name (short name, alias, or media type) names this format; case does not matter. */
    public boolean isNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(shortName) || aliases.contains(n) || n.equals(mediaType);
    }

    /** The format a name stands for, among the given ones; null when none. */
    public static RdfFormat named(String name, List<RdfFormat> among) {
        return among.stream().filter(f -> f.isNamed(name)).findFirst().orElse(null);
    }
}
