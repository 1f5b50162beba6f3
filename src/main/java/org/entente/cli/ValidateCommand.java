package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.pipeline.ProjectLayout;
import org.entente.pipeline.ValidateOperation;
import org.entente.pipeline.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", description = "Check claims, SHACL shapes and the OWL document (OWL 2 DL profile, HermiT consistency) without loading anything.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Validate the articles/ and claims/ of another folder, such as a gold set, with the data folder's gazetteer.")
    Path gold;

    @Override
    public Integer call() {
        ProjectLayout layout = gold == null ? new ProjectLayout(dataOption.data) : new ProjectLayout(dataOption.data, gold);
        ValidationSummary s = new ValidateOperation(layout).run();
        root.out.printf("claims: %d article(s), %d claims, quotes and references checked%n", s.articles(), s.claims());
        root.out.printf("SHACL: conforms, %d recommendation(s) not met%n", s.warnings().size());
        s.warnings().forEach(w -> root.out.println("  warning: " + w));
        root.out.printf("OWL: %d axioms, %d OWL 2 DL profile violation(s), %s, %d unsatisfiable class(es)%n",
                s.owl().axioms(), s.owl().profileViolations().size(),
                s.owl().consistent() ? "consistent (HermiT)" : "INCONSISTENT (HermiT)", s.owl().unsatisfiable().size());
        s.owl().profileViolations().forEach(v -> root.out.println("  profile: " + v));
        s.owl().unsatisfiable().forEach(c -> root.out.println("  unsatisfiable: " + c));
        if (!s.owl().clean()) {
            root.err.println("entente: the OWL document is not clean: Protégé would show the problems listed above");
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }
}
