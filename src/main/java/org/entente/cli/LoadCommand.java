package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.remote.GraphStorePush;
import org.entente.store.KnowledgeStore;
import org.entente.store.RdfFileLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

@Command(name = "load", description = {
        "Load RDF files (N-Quads, N-Triples, Turtle, TriG, JSON-LD, RDF/XML; .gz too) into the store: a file's triples "
                + "replace its own named graph, quads go to their own graphs.",
        "With --to URL instead: push each named graph of the store to a SPARQL Graph Store Protocol endpoint, replacing the graph there."})
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Mixin
    RemoteTarget remote;

    @Option(names = "--graph", paramLabel = "IRI", description = "The named graph for the triples of the one file given. Default: the file's file: IRI")
    String graph;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files to load into the store.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        GraphStorePush push = remote.push();
        if (push != null && !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--to: pushes the store; load the files first, then push");
        }
        if (push == null && files.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give RDF files to load into the store, or --to URL of a Graph Store Protocol endpoint to push it to");
        }
        if (push == null) {
            var sources = RdfFileLoad.sources(files, graph);
            RdfFileLoad.Summary s = new RdfFileLoad(storeOption.store).load(sources);
            double seconds = s.took().toMillis() / 1000.0;
            root.out.printf(Locale.ROOT, "loaded %d file(s) into %s: %d quads, store %s on disk, %.1f s, %.0f quads/s%s%n",
                    s.files(), storeOption.store, s.quadsRead(), Sizes.megabytes(s.storeBytes()), seconds,
                    s.quadsRead() / Math.max(seconds, 0.001), s.bulk() ? " (bulk loader)" : "");
            return ExitCode.OK;
        }
        if (graph != null) {
            throw new ParameterException(spec.commandLine(), "--graph: only used when loading files");
        }
        try (KnowledgeStore kg = storeOption.openExisting()) {
            GraphStorePush.Summary s = push.push(kg);
            root.out.printf(Locale.ROOT, "loaded %d graph(s), %d triples, into %s%n", s.graphs(), s.triples(), remote.to);
        }
        return ExitCode.OK;
    }
}
