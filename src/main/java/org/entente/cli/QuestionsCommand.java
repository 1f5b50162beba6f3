package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.article.ArticleReader;
import org.entente.query.CompetencyQuestion;
import org.entente.query.CompetencyQuestions;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
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
        var questions = CompetencyQuestions.read(queries);
        try (KnowledgeStore kg = KnowledgeStore.openExisting(storeOption.store)) {
            QueryRunner runner = new QueryRunner(kg);
            int n = 0;
            for (CompetencyQuestion q : questions) {
                root.out.printf("%n%d. %s%n   (%s)%n", ++n, q.question(), q.query().getFileName());
                runner.run(QueryRunner.parse(ArticleReader.readText(q.query()), q.query().toString()),
                        ResultFormat.TABLE, root.out);
            }
        }
        root.out.flush();
        return Main.OK;
    }
}
