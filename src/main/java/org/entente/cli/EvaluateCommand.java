package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.claims.Participant;
import org.entente.claims.Situation;
import org.entente.extract.evaluate.Counts;
import org.entente.extract.evaluate.Evaluation;
import org.entente.extract.evaluate.Scorecard;
import org.entente.pipeline.EvaluateOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "evaluate", description = "Extract curated articles in memory and compare with their curated claims: precision, recall, F1.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Parameters(paramLabel = "ARTICLE_ID", arity = "0..*", description = "Articles to score. Default: every article with curated claims.")
    List<String> ids = List.of();

    @Override
    public Integer call() {
        Evaluation e = EvaluateOperation.load(dataOption.data).run(ids);
        root.out.printf("situations: type + participant entities (+ date where curated), one to one; %d article(s)%n",
                e.articles().size());
        print("overall", e.total());
        e.byType().forEach((type, c) -> print("  " + type.name(), c));
        for (Scorecard card : e.articles()) {
            root.out.println("article " + card.article() + ":");
            card.missed().forEach(s -> root.out.println("  missed   " + describe(s)));
            card.invented().forEach(s -> root.out.println("  invented " + describe(s)));
        }
        return Main.OK;
    }

    private void print(String label, Counts c) {
        root.out.printf(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", label,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    private static String describe(Situation s) {
        String who = s.participants().stream().map(Participant::entity).sorted().collect(Collectors.joining(", "));
        return s.type().name() + " {" + who + "}" + (s.date() == null ? "" : " " + s.date().value()) + "  [" + s.id() + "]";
    }
}
