package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.InputException;
import org.entente.serve.EntenteServer;
import org.entente.serve.ServerSettings;
import org.entente.serve.WriteAccess;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Serve the store over HTTP: a SPARQL endpoint, a page of every IRI, and a query page.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--queries", defaultValue = "queries", description = "Competency questions shown on the query page. Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "A query still running after this long ends with an error. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N", description = "Most rows a query returns. Default: ${DEFAULT-VALUE}")
    long maxRows;

    @Option(names = "--update", description = "Accept SPARQL Update and Graph Store writes from authenticated users "
            + "(--password-file, or the " + WriteAccess.PASSWORD_VARIABLE + " and " + WriteAccess.USER_VARIABLE + " variables).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to write, one 'user: password' a line.")
    Path passwordFile;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE clauses call other endpoints (off: the server is no proxy into its network).")
    boolean allowService;

    @Override
    public Integer call() {
        WriteAccess writers = null;
        if (update) {
            writers = passwordFile != null ? WriteAccess.fromPasswordFile(passwordFile) : WriteAccess.fromEnvironment(System.getenv());
            if (writers == null) {
                throw InputException.of("--update", "writes need authentication: give --password-file FILE or set "
                        + WriteAccess.PASSWORD_VARIABLE);
            }
        } else if (passwordFile != null) {
            throw InputException.of("--password-file", "only used with --update");
        }
        ServerSettings settings = ServerSettings.builder()
                .host(host).port(port)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .rowCap(maxRows)
                .writeAccess(writers)
                .federation(allowService)
                .queries(queries)
                .build();
        KnowledgeStore kg = KnowledgeStore.openExisting(storeOption.store);
        EntenteServer server;
        try {
            server = EntenteServer.start(kg, settings);
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            kg.close();
        }, "entente-serve-stop"));
        root.out.println("entente: serving " + storeOption.store + " at " + server.url());
        root.out.println("  query page      " + server.url());
        root.out.println("  SPARQL endpoint " + server.sparqlUrl());
        root.out.println("  resources       " + server.url() + "id/...  and  " + server.url() + "resource?iri=...");
        root.out.println("  VoID            " + server.url() + "void");
        root.out.println("  writes          " + (writers == null ? "off" : "on, with authentication, at "
                + server.url() + "entente/update and " + server.url() + "entente/data"));
        root.out.flush();
        server.join();
        return Main.OK;
    }
}
