package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.entente.query.Answer;
import org.entente.pipeline.QuestionsOperation;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "questions", description = "Answer every competency question of the queries folder from the store.")
final class QuestionsCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--queries", defaultValue = "queries", description = "Folder with manifest.ttl. Default: ${DEFAULT-VALUE}")
    Path queries;

    @Override
    public Integer call() {
        try (KnowledgeStore kg = storeOption.openExisting()) {
            int n = 0;
            for (Answer a : new QuestionsOperation(queries, kg).run()) {
                root.out.printf("%n%d. %s%n   (%s; %s)%n", ++n, a.question().question(), a.question().query().getFileName(),
                        a.matchesExpected() ? "the expected answer" : "differs from " + a.question().expected().getFileName());
                ResultSetFormatter.out(root.out, a.rows(), Ent.prefixes());
            }
        }
        root.out.flush();
        return ExitCode.OK;
    }
}
