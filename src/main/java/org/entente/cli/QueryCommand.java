package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.input.InputException;
import org.entente.input.TextFile;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", description = "Run a SPARQL query over the store (all articles plus the ontology).")
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    StoreOption storeOption;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "table, csv, tsv, json or xml (CONSTRUCT answers: Turtle, N-Triples, JSON-LD, RDF/XML). Default: ${DEFAULT-VALUE}")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "-e", paramLabel = "SPARQL", description = "The query itself.")
        String text;
    }

    @Override
    public Integer call() {
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw InputException.of("--format", "unknown format '" + format + "'; use table, csv, tsv, json or xml");
        }
        String name = source.file != null ? source.file.toString() : "-e";
        String sparql = source.file != null ? TextFile.read(source.file, "query") : source.text;
        var query = QueryRunner.parse(sparql, name);
        try (KnowledgeStore kg = KnowledgeStore.openExisting(storeOption.store)) {
            new QueryRunner(kg).run(query, resultFormat, root.out);
        }
        root.out.flush();
        return Main.OK;
    }
}
