package org.entente.remote;

import org.entente.TestProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.security.UserStore;
import org.entente.input.InputException;
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
        TestProject.build(Path.of(System.getProperty("entente.home", ".")).resolve("data"), folder);
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
                Graph copy = GraphFactory.createDefaultGraph();
                remote.getGraph(n).find().forEachRemaining(copy::add);
                graphs.put(n.getURI(), copy);
            }
            return graphs;
        });
    }

    @Test
    void aRemoteStoreThatDoesNotAnswerEndsThePushAtTheTimeout() throws IOException {
        HttpServer silent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        silent.createContext("/", exchange -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.setExecutor(Executors.newCachedThreadPool());
        silent.start();
        try {
            long started = System.nanoTime();
            InputException e = assertThrows(InputException.class, () -> new GraphStorePush(
                    "http://127.0.0.1:" + silent.getAddress().getPort() + "/data", LOADER, Duration.ofSeconds(1)).push(store));
            assertTrue(e.getMessage().contains("no answer within 1 s"), e.getMessage());
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 20);
        } finally {
            silent.stop(0);
        }
    }

    @Test
    void credentialsComeFromTheFileOrTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pw");
        Files.writeString(file, "from-file\nignored\n");
        assertEquals(new RemoteCredentials("u", "from-file"), RemoteCredentials.from("u", file, Map.of()));
        assertEquals(new RemoteCredentials("u", "from-env"),
                RemoteCredentials.from("u", null, Map.of(RemoteCredentials.PASSWORD_VARIABLE, "from-env")));
        assertNull(RemoteCredentials.from(null, null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> RemoteCredentials.from("u", null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> RemoteCredentials.from(null, file, Map.of()));
        assertThrows(InputException.class, () -> RemoteCredentials.from("u", dir.resolve("missing"), Map.of()));
    }

    @Test
    void refusesToPushWithoutCredentialsAndLeavesTheRemoteStoreAlone() {
        InputException e = assertThrows(InputException.class, () -> new GraphStorePush(endpoint, null).push(store));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        InputException wrong = assertThrows(InputException.class,
                () -> new GraphStorePush(endpoint, new RemoteCredentials("loader", "nope")).push(store));
        assertTrue(wrong.getMessage().contains("401"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GraphStorePush("ftp://example.org/data", LOADER));
        assertThrows(IllegalArgumentException.class, () -> new GraphStorePush("http://loader:pa55@localhost/data", null));
    }

    @Test
    void pushesEveryGraphSoTheRemoteIsIsomorphicAndASecondPushChangesNothing() {
        List<String> names = store.graphNames();
        Node stale = NodeFactory.createURI("urn:x-test:stale");
        Txn.executeWrite(remote, () -> remote.add(NodeFactory.createURI(names.get(0)), stale, stale, stale));
        GraphStorePush.Summary first = new GraphStorePush(endpoint, LOADER).push(store);
        assertFalse(Txn.calculateRead(remote, () -> remote.contains(Node.ANY, stale, stale, stale)),
                "PUT replaced the graph: the triple that was there before is gone");
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
