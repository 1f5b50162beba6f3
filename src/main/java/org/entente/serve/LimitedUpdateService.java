package org.entente.serve;

import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update service with the server's limits: every update runs
 * in the server's context (so {@code SERVICE} is refused unless federation is
 * on) and ends after the timeout; {@code LOAD} is refused unless federation is
 * on, and even then reads only http(s) IRIs, never a file of the server.
 * Updates come only as {@code application/sparql-update}: an HTML form cannot
 * send that type, so a page elsewhere cannot make a browser post an update
 * with credentials it has cached.
 */
final class LimitedUpdateService extends SPARQL_Update {
    private final Context context;
    private final long timeoutMillis;
    private final boolean federation;
    private final Watchdog watchdog;

    LimitedUpdateService(Context context, ServerSettings settings, Watchdog watchdog) {
        this.context = context;
        this.watchdog = watchdog;
        this.timeoutMillis = settings.timeout().toMillis();
        this.federation = settings.federation();
    }

    @Override
    public void validate(HttpAction action) {
        ContentType type = action.getRequestContentType() == null ? null : ContentType.create(action.getRequestContentType());
        if (type == null || !WebContent.contentTypeSPARQLUpdate.equalsIgnoreCase(type.getContentTypeStr())) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415,
                    "send the update as " + WebContent.contentTypeSPARQLUpdate + ", not as a form");
        }
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(usingList(action), input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (UpdateException | QueryParseException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                checkLoad(load.getSource());
            }
        }
        action.beginWrite();
        try {
            // A context of its own: the execution keeps its cancel signal there, and a timed-out
            // update must not leave that signal set for every later request.
            Context own = context.copy();
            own.set(TDB2.symUnionDefaultGraph, true);
            watchdog.watch(own);
            UpdateExec.dataset(action.getActiveDSG()).update(request).context(own)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).execute();
            action.commit();
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the update ran longer than the server's timeout and was undone");
        } catch (QueryDeniedException e) {
            action.abortSilent();
            ServletOps.errorForbidden("SERVICE is refused: this server does not call other endpoints (--allow-service lifts this)");
        } catch (UpdateException | QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (ActionErrorException e) {
            action.abortSilent();
            throw e;
        } catch (RuntimeException e) {
            action.abortSilent();
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }

    /** LOAD reads a URL on the server's behalf: refused unless federation is on, and never a local file. */
    private void checkLoad(String source) {
        if (!federation) {
            ServletOps.errorForbidden("LOAD is refused: this server does not fetch URLs (--allow-service lifts this)");
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            ServletOps.errorForbidden("LOAD reads only http(s) IRIs, not " + source);
        }
    }

    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequestParameterValues("using-graph-uri");
        if (graphs != null) {
            for (String g : graphs) {
                using.addUsing(NodeFactory.createURI(g));
            }
        }
        String[] named = action.getRequestParameterValues("using-named-graph-uri");
        if (named != null) {
            for (String g : named) {
                using.addUsingNamed(NodeFactory.createURI(g));
            }
        }
        return using;
    }
}
