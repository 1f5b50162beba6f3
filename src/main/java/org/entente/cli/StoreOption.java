package org.entente.cli;

import java.nio.file.Path;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option every command that reads or writes the store
 * shares, and the one way commands open it: the command opens the store,
 * hands it to the operation, and closes it.
 */
final class StoreOption {
    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder. Default: ${DEFAULT-VALUE}")
    Path store;

    /** The store to read; a folder without one is the user's mistake. */
    KnowledgeStore openExisting() {
        return KnowledgeStore.openExisting(store);
    }

    /** The store to load into: an existing one, or a new one in a new or empty folder. */
    KnowledgeStore openForWriting() {
        return KnowledgeStore.openForWriting(store);
    }
}
