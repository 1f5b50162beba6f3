package org.entente.query;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.entente.rdf.RdfFormat;

/**
 * How query answers are written: a text table for people, or a standard SPARQL
 * results format for programs; a graph answer in the {@link RdfFormat} that matches.
 */
public enum ResultFormat {
    TABLE(null, RdfFormat.TURTLE),
    CSV(ResultSetLang.RS_CSV, RdfFormat.NTRIPLES),
    TSV(ResultSetLang.RS_TSV, RdfFormat.NTRIPLES),
    JSON(ResultSetLang.RS_JSON, RdfFormat.JSONLD),
    XML(ResultSetLang.RS_XML, RdfFormat.RDFXML);

    private final Lang resultLang;
    private final RdfFormat graphFormat;

    ResultFormat(Lang resultLang, RdfFormat graphFormat) {
        this.resultLang = resultLang;
        this.graphFormat = graphFormat;
    }

    /** The SPARQL results language for SELECT and ASK, or null for the text table. */
    public Lang resultLang() {
        return resultLang;
    }

    /** The RDF syntax used when a CONSTRUCT or DESCRIBE answer is written in this format. */
    public Lang graphLang() {
        return graphFormat.lang();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
