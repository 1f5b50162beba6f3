package org.entente.query;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How query answers are written: a text table for people, or a standard format for programs. */
public enum ResultFormat {
    TABLE(null, Lang.TURTLE),
    CSV(ResultSetLang.RS_CSV, Lang.NTRIPLES),
    TSV(ResultSetLang.RS_TSV, Lang.NTRIPLES),
    JSON(ResultSetLang.RS_JSON, Lang.JSONLD),
    XML(ResultSetLang.RS_XML, Lang.RDFXML);

    private final Lang resultLang;
    private final Lang graphLang;

    ResultFormat(Lang resultLang, Lang graphLang) {
        this.resultLang = resultLang;
        this.graphLang = graphLang;
    }

    /** The SPARQL results language for SELECT and ASK, or null for the text table. */
    public Lang resultLang() {
        return resultLang;
    }

    /** The RDF syntax used when a CONSTRUCT or DESCRIBE answer is written in this format. */
    public Lang graphLang() {
        return graphLang;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
