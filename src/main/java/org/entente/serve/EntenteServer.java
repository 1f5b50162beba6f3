package org.entente.serve;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.entente.store.KnowledgeStore;

/**
 * The store on the web: an embedded Fuseki serving SPARQL 1.1 query and Graph
 * Store Protocol reads at {@value ServerSettings#DATASET}, the linked-data
 * pages of every IRI entente mints ({@code /id/...}, {@code /resource?iri=}),
 * a VoID description ({@code /void}), a query page ({@code /}) and the
 * Fuseki UI ({@code /ui/}) with the read-only part of its administration
 * protocol ({@code /$/ping}, {@code /$/server}, {@code /$/stats}).
 *
 * <p>Lifecycle: {@link #start} binds the port and returns a running server;
 * {@link #stop} releases it. The store is the caller's: open it before, close
 * it after. Every query runs in its own read transaction (Fuseki's), and every
 * page read in one opened by {@link LinkedData}.
 *
 * <p>Safety: queries and updates end after the timeout and queries return at
 * most the row cap; {@code SERVICE} to other endpoints and {@code LOAD} are
 * refused unless federation is on; writes exist only with write access, and
 * then only after authentication, as {@code application/sparql-update} or
 * Graph Store requests, from no other site's page; {@code TRACE} is refused.
 * No administration operation changes anything: Fuseki's admin module is not
 * used, so nothing is written to the working folder either.
 */
public final class EntenteServer {
    /** The realm named in the authentication challenge. */
    static final String REALM = "entente";

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final Watchdog watchdog;

    private EntenteServer(FusekiServer fuseki, ServerSettings settings, Watchdog watchdog) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.watchdog = watchdog;
    }

    /** Starts a server over {@code store}; returns once it accepts requests. */
    public static EntenteServer start(KnowledgeStore store, ServerSettings settings) {
        // With the label index, so text:query works over SPARQL.
        DatasetGraph dsg = store.textDataset().asDatasetGraph();

        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        context.set(ARQ.updateTimeout, Long.toString(settings.timeout().toMillis()));
        context.set(Service.httpServiceAllowed, settings.federation());
        // Regular expressions stop at the timeout too, not only between rows.
        context.set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer());
        // Memory: a sort, DISTINCT or REDUCED beyond the threshold goes to disk, and ORDER BY with LIMIT and
        // OFFSET (at most the row cap and MAX_OFFSET here) keeps only the rows it returns. Jena reads the
        // top-N threshold from its global context alone; it is only ever raised.
        context.set(ARQ.spillToDiskThreshold, ServerSettings.SPILL_THRESHOLD);
        raiseTopNThreshold(settings.rowCap() + ServerSettings.MAX_OFFSET + 1);

        LinkedData linkedData = new LinkedData(store, settings);
        PageCache pages = new PageCache();
        Watchdog watchdog = new Watchdog(settings.timeout());
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQueryService(settings.rowCap(), watchdog));
        operations.register(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                new LimitedUpdateService(context, settings, watchdog));
        operations.register(Operation.GSP_R, new UnionDefaultGraphRead());

        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : List.of("", "sparql", "query")) {
            // The limits go in each query endpoint's context, which Fuseki merges into every execution's.
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build());
        }
        service.addEndpoint(Operation.GSP_R, "");
        service.addEndpoint(Operation.GSP_R, "get");

        FusekiServer.Builder builder = FusekiServer.create(operations, context)
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false);

        WriteAccess writers = settings.writeAccess();
        if (writers != null) {
            AuthPolicy anyWriter = Auth.policyAllowSpecific(writers.userNames());
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .authPolicy(anyWriter).context(context).build());
            service.addEndpoint(Operation.GSP_RW, "data", anyWriter);
            builder.auth(AuthScheme.BASIC)
                    .realm(REALM)
                    .securityHandler(writers.securityHandler(REALM));
        }

        Set<String> writePaths = Set.of(ServerSettings.DATASET + "/update", ServerSettings.DATASET + "/data");
        DataService dataset = service.build();
        Instant started = Instant.now();
        builder.add(ServerSettings.DATASET, dataset)
                .addFilter("/*", new RequestGuard(settings.host(), writePaths, () -> {
                    pages.clear();
                    linkedData.figuresChanged();
                }))
                .addServlet("", new QueryPageServlet(linkedData, settings))
                .addServlet("/id/*", new ResourceServlet(linkedData, pages))
                .addServlet("/resource", new ResourceServlet(linkedData, pages))
                .addServlet("/void", new VoidServlet(linkedData, settings.host()))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/$/*", new ServerStatusServlet(dataset, started))
                .addServlet(FusekiUiServlet.PATH + "/$/*", new ServerStatusServlet(dataset, started))
                .addServlet(FusekiUiServlet.PATH + "/*", new FusekiUiServlet());

        FusekiServer fuseki = builder.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        // Every request body, forms included, is cut at --max-body: 413 beyond it.
        SizeLimitHandler bodyLimit = new SizeLimitHandler(settings.maxBody(), -1);
        bodyLimit.setHandler(jetty.getHandler());
        jetty.setHandler(bodyLimit);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            watchdog.close();
            throw e;
        }
        return new EntenteServer(fuseki, settings, watchdog);
    }

    private static synchronized void raiseTopNThreshold(long rows) {
        Object now = ARQ.getContext().get(ARQ.topNSortingThreshold);
        if (!(now instanceof Number n) || n.longValue() < rows) {
            ARQ.getContext().set(ARQ.topNSortingThreshold, rows);
        }
    }

    /** The port the server listens on (the chosen one when the settings said 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, {@code http://host:port/}. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() {
        return url() + ServerSettings.DATASET.substring(1) + "/sparql";
    }

    /** Stops the server and frees its port. The store stays open. */
    public void stop() {
        fuseki.stop();
        watchdog.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
