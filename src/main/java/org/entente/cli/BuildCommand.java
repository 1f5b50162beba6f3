package org.entente.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.pipeline.BuildOperation;
import org.entente.pipeline.BuildSummary;
import org.entente.remote.GraphStorePush;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", description = "Convert every article that has claims, validate with SHACL, and load the store.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--warnings", description = "List every SHACL recommendation not met.")
    boolean listWarnings;

    @Mixin
    RemoteTarget remote;

    @Override
    public Integer call() {
        GraphStorePush push = remote.push();
        BuildOperation.Checked checked = new BuildOperation(dataOption.data).check();
        BuildSummary s;
        try (KnowledgeStore kg = storeOption.openForWriting()) {
            s = checked.loadInto(kg);
        }
        root.out.printf(Locale.ROOT, "built %s: %d article(s), %d claims, %d triples loaded, %d quads in store, %.2f s%n",
                storeOption.store, s.articles(), s.claims(), s.triplesLoaded(), s.storeQuads(), s.took().toMillis() / 1000.0);
        if (!s.warnings().isEmpty()) {
            root.err.println("entente: " + s.warnings().size() + " SHACL recommendation(s) not met"
                    + (listWarnings ? ":" : " (--warnings lists them)"));
            if (listWarnings) {
                s.warnings().forEach(w -> root.err.println("  " + w));
            }
        }
        if (push != null) {
            try (KnowledgeStore kg = storeOption.openExisting()) {
                GraphStorePush.Summary pushed = push.push(kg);
                root.out.printf(Locale.ROOT, "loaded %d graph(s), %d triples, into %s%n", pushed.graphs(), pushed.triples(), remote.to);
            }
        }
        return ExitCode.OK;
    }
}
