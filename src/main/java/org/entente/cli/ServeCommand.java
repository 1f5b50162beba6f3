package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.input.InputException;
import org.entente.serve.EntenteServer;
import org.entente.serve.ServerSettings;
import org.entente.serve.WriteAccess;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Serve the store over HTTP: a SPARQL endpoint, a page of every IRI, and a query page.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT, description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of competency questions (a manifest.ttl) shown on the query page. Default: those shipped with entente")
    Path queries;

    @Option(names = "--timeout", defaultValue = "" + ServerSettings.DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS", description = "A query or update still running after this long ends with an error. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "" + ServerSettings.DEFAULT_ROW_CAP, paramLabel = "N", description = "Most rows a query returns. Default: ${DEFAULT-VALUE}")
    long maxRows;

    @Option(names = "--max-body", defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY, paramLabel = "BYTES",
            description = "Largest request body (query, update, form, Graph Store write) accepted; larger ones get 413. Default: ${DEFAULT-VALUE}")
    long maxBody;

    @Option(names = "--update", description = "Accept SPARQL Update and Graph Store writes from authenticated users "
            + "(--password-file, or the " + WriteAccess.PASSWORD_VARIABLE + " and " + WriteAccess.USER_VARIABLE + " variables).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to write, one 'user: password' a line.")
    Path passwordFile;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE clauses and LOAD call other servers (off: the server is no proxy into its network).")
    boolean allowService;

    @Option(names = "--insecure-remote-writes", description = "Allow --update on a --host other than loopback, "
            + "though Basic authentication then sends passwords in clear text; better: a HTTPS proxy in front of 127.0.0.1.")
    boolean insecureRemoteWrites;

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() {
        WriteAccess writers = null;
        if (update) {
            writers = passwordFile != null ? WriteAccess.fromPasswordFile(passwordFile) : WriteAccess.fromEnvironment(System.getenv());
            if (writers == null) {
                throw usage("--update: writes need authentication: give --password-file FILE or set "
                        + WriteAccess.PASSWORD_VARIABLE);
            }
        } else if (passwordFile != null) {
            throw usage("--password-file: only used with --update");
        }
        if (queries != null && !Files.isDirectory(queries)) {
            throw InputException.of("--queries", "no such folder: " + queries);
        }
        if (writers != null && !ServerSettings.isLoopback(host) && !insecureRemoteWrites) {
            throw usage("--update: on --host " + host + " passwords would cross the network in clear text "
                    + "(HTTP Basic); serve on 127.0.0.1 behind an HTTPS proxy, or give --insecure-remote-writes");
        }
        ServerSettings settings;
        try {
            settings = ServerSettings.builder()
                    .host(host).port(port)
                    .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                    .rowCap(maxRows)
                    .maxBody(maxBody)
                    .writeAccess(writers)
                    .federation(allowService)
                    .queries(queries)
                    .insecureRemoteWrites(insecureRemoteWrites)
                    .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        KnowledgeStore kg = storeOption.openExisting();
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
        return ExitCode.OK;
    }
}
