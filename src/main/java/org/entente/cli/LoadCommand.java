package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.InputException;
import org.entente.remote.GraphStorePush;
import org.entente.remote.RemoteCredentials;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "load", description = "Push each named graph of the store to a SPARQL Graph Store Protocol endpoint, replacing the graph there.")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder. Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The remote Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data.")
    String to;

    @Option(names = "--user", description = "User for HTTP Basic authentication; the password comes from --password-file or "
            + RemoteCredentials.PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    Path passwordFile;

    @Override
    public Integer call() {
        RemoteCredentials credentials = null;
        if (user != null) {
            credentials = new RemoteCredentials(user, password());
        } else if (passwordFile != null) {
            throw InputException.of("--password-file", "give --user too");
        }
        GraphStorePush push = new GraphStorePush(to, credentials);
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            GraphStorePush.Summary s = push.push(kg);
            root.out.printf(Locale.ROOT, "loaded %d graph(s), %d triples, into %s%n", s.graphs(), s.triples(), to);
        }
        return Main.OK;
    }

    private String password() {
        if (passwordFile != null) {
            try {
                return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst()
                        .orElseThrow(() -> InputException.of(passwordFile.toString(), "empty password file"));
            } catch (IOException e) {
                throw InputException.of(passwordFile.toString(), "cannot read: " + e.getMessage());
            }
        }
        String fromEnv = System.getenv(RemoteCredentials.PASSWORD_VARIABLE);
        if (fromEnv == null) {
            throw InputException.of("--user", "no password: give --password-file or set " + RemoteCredentials.PASSWORD_VARIABLE);
        }
        return fromEnv;
    }
}
