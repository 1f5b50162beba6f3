package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}; CONSTRUCT and DESCRIBE answers come as Turtle for table, N-Triples for csv and tsv, JSON-LD for json, RDF/XML for xml. Default: ${DEFAULT-VALUE}")
    ResultFormat format;

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
        String name = source.file != null ? source.file.toString() : "-e";
        String sparql = source.file != null ? TextFile.read(source.file, "query") : source.text;
        var query = QueryRunner.parse(sparql, name);
        try (KnowledgeStore kg = storeOption.openExisting()) {
            OutputTarget.toStdout(root.out, out -> new QueryRunner(kg).run(query, format, out));
        }
        return ExitCode.OK;
    }
}
