package org.entente.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query service with a cap on the number of rows: a query
 * without a {@code LIMIT}, or with a larger one, is answered as if it said
 * {@code LIMIT cap}. With the query timeout it keeps one request from holding
 * the server or flooding a client.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long cap;

    CappedQueryService(long cap) {
        this.cap = cap;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query, cap), dataset);
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
