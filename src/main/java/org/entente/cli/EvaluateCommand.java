package org.entente.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.evaluate.EvaluateOperation;
import org.entente.evaluate.Evaluation;
import org.entente.evaluate.EvaluationReport;
import org.entente.pipeline.ProjectLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "evaluate",
        description = "Extract articles with gold claims in memory and score the events found against the gold: "
                + "strict and lenient precision, recall and F1 per CAMEO root, factuality, sources, status, dates and links, "
                + "with every miss and invention.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "A gold corpus (articles/, claims/, optionally split.tsv). Default: the data folder's curated claims.")
    Path gold;

    /** The parts of a split, as split.tsv spells them. */
    enum Part { tuning, test }

    @Option(names = "--part", paramLabel = "PART",
            description = "Only the articles of this part of the corpus's split.tsv: ${COMPLETION-CANDIDATES}.")
    Part part;

    @Option(names = "--json", description = "Print the figures, misses and inventions as JSON.")
    boolean json;

    @Parameters(paramLabel = "ARTICLE_ID", arity = "0..*", description = "Articles to score. Default: every article with gold claims.")
    List<String> ids = List.of();

    @Override
    public Integer call() throws Exception {
        ProjectLayout layout = gold == null ? new ProjectLayout(dataOption.data) : new ProjectLayout(dataOption.data, gold);
        Evaluation e = EvaluateOperation.load(layout).run(ids, part == null ? null : part.name());
        String corpus = (gold == null ? dataOption.data : gold) + (part == null ? "" : ", part " + part);
        if (json) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("corpus", corpus);
            root.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(EvaluationReport.tree(e, context)));
        } else {
            EvaluationReport.print(corpus, e, root.out);
        }
        return ExitCode.OK;
    }
}
