package org.entente.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.security.UserStore;
import org.entente.InputException;
import org.entente.pipeline.BuildOperation;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing the store into a second, real Fuseki server that asks for a password. */
class GraphStorePushTest {
    private static final RemoteCredentials LOADER = new RemoteCredentials("loader", "pa55");

    @TempDir
    static Path folder;
    private static KnowledgeStore store;
    private static DatasetGraph remote;
    private static FusekiServer fuseki;
    private static String endpoint;

    @BeforeAll
    static void start() {
        new BuildOperation(Path.of(System.getProperty("entente.home", ".")).resolve("data"), folder).run();
        store = KnowledgeStore.openExisting(folder);
        remote = DatasetGraphFactory.createTxnMem();
        UserStore users = new UserStore();
        JettySecurityLib.addUser(users, LOADER.user(), LOADER.password());
        fuseki = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(0).loopback(true)
                .auth(AuthScheme.BASIC)
                .securityHandler(JettySecurityLib.makeSecurityHandler("remote", users, AuthScheme.BASIC))
                .add("/remote", DataService.newBuilder(remote)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.policyAllowSpecific(LOADER.user())))
                .start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/remote/data";
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
        store.close();
    }

    /** Each remote named graph, copied, by name. */
    private static Map<String, Graph> remoteGraphs() {
        return Txn.calculateRead(remote, () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            List<Node> names = new ArrayList<>();
            remote.listGraphNodes().forEachRemaining(names::add);
            for (Node n : names) {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                remote.getGraph(n).find().forEachRemaining(copy::add);
                graphs.put(n.getURI(), copy);
            }
            return graphs;
        });
    }

    @Test
    void refusesToPushWithoutCredentialsAndLeavesTheRemoteStoreAlone() {
        InputException e = assertThrows(InputException.class, () -> new GraphStorePush(endpoint, null).push(store));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        InputException wrong = assertThrows(InputException.class,
                () -> new GraphStorePush(endpoint, new RemoteCredentials("loader", "nope")).push(store));
        assertTrue(wrong.getMessage().contains("401"), wrong.getMessage());
        assertThrows(InputException.class, () -> new GraphStorePush("ftp://example.org/data", LOADER));
        assertThrows(InputException.class, () -> new GraphStorePush("http://loader:pa55@localhost/data", null));
    }

    @Test
    void pushesEveryGraphSoTheRemoteIsIsomorphicAndASecondPushChangesNothing() {
        GraphStorePush.Summary first = new GraphStorePush(endpoint, LOADER).push(store);
        List<String> names = store.graphNames();
        assertEquals(names.size(), first.graphs());
        Map<String, Graph> afterFirst = remoteGraphs();
        assertEquals(names, new ArrayList<>(afterFirst.keySet()));
        for (String name : names) {
            assertTrue(store.graph(name).getGraph().isIsomorphicWith(afterFirst.get(name)), name);
        }

        GraphStorePush.Summary second = new GraphStorePush(endpoint, LOADER).push(store);
        assertEquals(first, second);
        Map<String, Graph> afterSecond = remoteGraphs();
        assertEquals(afterFirst.keySet(), afterSecond.keySet());
        for (String name : names) {
            assertEquals(afterFirst.get(name).size(), afterSecond.get(name).size(), name);
            assertTrue(afterFirst.get(name).isIsomorphicWith(afterSecond.get(name)), name);
        }
    }
}
