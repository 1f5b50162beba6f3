package org.entente.serve;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Fuseki's Graph Store Protocol read, with {@code ?default} answered by the
 * union of the named graphs: the graph a SPARQL query sees as its default,
 * rather than the store's own default graph, which entente leaves empty.
 */
final class UnionDefaultGraphRead extends GSP_R {
    @Override
    protected void execGetGSP(HttpAction action) {
        if (action.getRequestParameter("default") == null) {
            super.execGetGSP(action);
            return;
        }
        MediaType type = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        action.beginRead();
        try {
            ServletOps.success(action);
            ActionLib.graphResponse(action, action.getActiveDSG().getUnionGraph(), lang);
        } finally {
            action.endRead();
        }
    }
}
