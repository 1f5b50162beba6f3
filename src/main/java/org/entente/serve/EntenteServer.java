package org.entente.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
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

    private EntenteServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Starts a server over {@code store}; returns once it accepts requests. */
    public static EntenteServer start(KnowledgeStore store, ServerSettings settings) {
        // With the label index, so text:query works over SPARQL.
        DatasetGraph dsg = store.textDataset().asDatasetGraph();

        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        context.set(ARQ.updateTimeout, Long.toString(settings.timeout().toMillis()));
        context.set(Service.httpServiceAllowed, settings.federation());

        LinkedData linkedData = new LinkedData(store, settings);
        PageCache pages = new PageCache();
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQueryService(settings.rowCap()));
        operations.register(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                new LimitedUpdateService(context, settings));
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
            AuthPolicy anyWriter = Auth.policyAllowSpecific(new ArrayList<>(writers.passwords().keySet()));
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .authPolicy(anyWriter).context(context).build());
            service.addEndpoint(Operation.GSP_RW, "data", anyWriter);
            UserStore users = new UserStore();
            writers.passwords().forEach((user, password) -> JettySecurityLib.addUser(users, user, password));
            builder.auth(AuthScheme.BASIC)
                    .realm(REALM)
                    .securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
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
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        fuseki.start();
        return new EntenteServer(fuseki, settings);
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
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
