package org.entente.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "compact", description = "Rewrite the store without the index blocks earlier writes left behind; print its size before and after.")
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        try (KnowledgeStore kg = storeOption.openExisting()) {
            KnowledgeStore.Compaction c = kg.compact();
            root.out.printf(Locale.ROOT, "compacted %s: %s before, %s after, %.1f s%n", storeOption.store,
                    Sizes.megabytes(c.bytesBefore()), Sizes.megabytes(c.bytesAfter()), c.took().toMillis() / 1000.0);
        }
        return ExitCode.OK;
    }
}
