package org.entente.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.remote.GraphStorePush;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

@Command(name = "load", description = "Push each named graph of the store to a SPARQL Graph Store Protocol endpoint, replacing the graph there.")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Mixin
    RemoteTarget remote;

    @Override
    public Integer call() {
        GraphStorePush push = remote.push();
        if (push == null) {
            throw new ParameterException(spec.commandLine(), "--to: say where to load: the URL of a Graph Store Protocol endpoint");
        }
        try (KnowledgeStore kg = storeOption.openExisting()) {
            GraphStorePush.Summary s = push.push(kg);
            root.out.printf(Locale.ROOT, "loaded %d graph(s), %d triples, into %s%n", s.graphs(), s.triples(), remote.to);
        }
        return ExitCode.OK;
    }
}
