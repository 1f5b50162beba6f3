package org.entente.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query service with a cap on the number of rows: a query
 * without a {@code LIMIT}, or with a larger one, is answered as if it said
 * {@code LIMIT cap}, and an OFFSET beyond {@link ServerSettings#MAX_OFFSET} is
 * refused. With the watchdog, which ends it at the timeout even while its plan
 * is built, it keeps one request from holding the server or flooding a client.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long cap;
    private final Watchdog watchdog;

    CappedQueryService(long cap, Watchdog watchdog) {
        this.cap = cap;
        this.watchdog = watchdog;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (query.hasOffset() && query.getOffset() > ServerSettings.MAX_OFFSET) {
            ServletOps.errorBadRequest("OFFSET " + query.getOffset() + " is beyond the largest this server allows, "
                    + ServerSettings.MAX_OFFSET + "; narrow the query instead");
        }
        QueryExec exec = super.createQueryExec(action, capped(query, cap), dataset);
        watchdog.watch(exec.getContext());
        return exec;
    }

    /** The query with its limit lowered to {@code cap}; ASK queries and lower limits are left alone. */
    static Query capped(Query query, long cap) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(cap);
        return copy;
    }
}
