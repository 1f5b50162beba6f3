package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.JenaException;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.input.InputException;
import org.entente.input.WriteException;

/**
 * The embedded TDB2 dataset on disk. Each article's claims live in a named
 * graph of their own, the ontology in another; queries see the union of all
 * named graphs as the default graph.
 *
 * <p>Lifecycle: {@link #open} connects to (or creates) the dataset in a folder;
 * every access runs inside a transaction opened here; {@link #close} releases
 * the folder so another process (or a test) can open it.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Path folder;
    private final Dataset dataset;
    /** The dataset with the label index, opened when first asked for. */
    private Dataset withText;

    private KnowledgeStore(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /** Opens the store in {@code folder}, creating an empty one if the folder is new. */
    public static KnowledgeStore open(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw InputException.of(folder.toString(), "store location is a file, not a folder");
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(folder.toString());
        } catch (TDBException | DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("lock")) {
                throw InputException.of(folder.toString(), "cannot open the store (" + e.getMessage()
                        + "); TDB2 lets one process use a store at a time: is 'entente serve' or another entente running on it?");
            }
            throw failed(folder, "cannot open the store", e);
        } catch (JenaException | InternalError e) {
            throw failed(folder, "cannot open the store", e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(folder, dataset);
    }

    /** Opens an existing store; a folder without one is the user's mistake. */
    public static KnowledgeStore openExisting(Path folder) {
        if (!isStore(folder)) {
            throw InputException.of(folder.toString(), "no store here; run 'entente build' first or pass --store");
        }
        return open(folder);
    }

    /** Whether a folder holds a TDB2 dataset (TDB2 keeps its data in Data-NNNN sub-folders). */
    public static boolean isStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens the store for writing: an existing store, or a new one in a folder
     * that does not exist yet or is empty. Refuses to spread TDB2 files into a
     * folder that holds anything else.
     */
    public static KnowledgeStore openForWriting(Path folder) {
        if (Files.isDirectory(folder) && !isStore(folder) && !isEmpty(folder)) {
            throw InputException.of(folder.toString(), "folder is not empty and holds no store; choose another --store");
        }
        return open(folder);
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    /** The underlying dataset, for servers that manage their own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces each named graph with the given content, all in one write
     * transaction: either every graph is replaced or, on any failure, none is.
     */
    public void replaceGraphs(Map<String, Model> graphs) {
        replaceGraphs(graphs, other -> false);
    }

    /**
     * Replaces the given named graphs and removes every other named graph the
     * predicate selects, all in one write transaction.
     */
    public void replaceGraphs(Map<String, Model> graphs, Predicate<Model> removeOther) {
        try {
            Txn.executeWrite(dataset, () -> replace(graphs, removeOther));
        } catch (JenaException | InternalError e) {
            // TDB2 maps its files into memory: a full disk shows as a fault in a memory access (InternalError).
            if (e instanceof InternalError || hasIoCause(e)) {
                throw failed(folder, "cannot write the store", e);
            }
            throw e;
        }
    }

    private void replace(Map<String, Model> graphs, Predicate<Model> removeOther) {
        List<String> others = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> {
            if (!graphs.containsKey(r.getURI()) && removeOther.test(dataset.getNamedModel(r.getURI()))) {
                others.add(r.getURI());
            }
        });
        others.forEach(dataset::removeNamedModel);
        graphs.forEach((name, model) -> {
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
        });
    }

    /** A store that could not be written: the transaction was not committed, so the store on disk is as it was. */
    private static WriteException failed(Path folder, String what, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = e instanceof InternalError ? "a fault writing its memory-mapped files" : String.valueOf(root.getMessage());
        return new WriteException(folder.toString(), what + ": is the disk full? (" + reason
                + "); nothing of this run was committed, so the store is as it was before it", e);
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException
                    || t.getClass().getName().endsWith("FileException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dataset for SPARQL queries that use {@code text:query}: the store
     * with its label index ({@link LabelIndex}), built first if the store has none.
     */
    public synchronized Dataset textDataset() {
        if (withText == null) {
            if (!LabelIndex.exists(folder)) {
                reindexLabels();
            }
            withText = LabelIndex.over(dataset, LabelIndex.open(folder));
            withText.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        return withText;
    }

    /** Rebuilds the label index from what the store holds now; every command that writes the store calls this last. */
    public synchronized void reindexLabels() {
        closeText();
        Txn.executeRead(dataset, () -> LabelIndex.rebuild(folder, dataset));
    }

    private void closeText() {
        if (withText != null) {
            withText.close();
            withText = null;
        }
    }

    /** Runs a read-only computation in a read transaction of the dataset with the label index. */
    public <T> T readWithText(Function<Dataset, T> work) {
        Dataset ds = textDataset();
        return Txn.calculateRead(ds, () -> work.apply(ds));
    }

    /** Runs a read-only computation in a read transaction. */
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    /** Names of all named graphs, sorted. */
    public List<String> graphNames() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** A copy of one named graph (empty when there is none). */
    public Model graph(String name) {
        return read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(name)));
    }

    /** Quads in all named graphs. */
    public long quadCount() {
        return read(ds -> ds.asDatasetGraph().stream().count());
    }


    /**
     * Bytes the store's folder holds on disk: every generation of the database
     * TDB2 keeps (written blocks no longer in use included), and the text index.
     */
    public long sizeOnDisk() {
        return StoreFiles.size(folder);
    }

    /**
     * Rewrites the live data into a new generation holding only what is in
     * use, then deletes the old one. TDB2 copies into a temporary folder and
     * moves it into place when complete, so a crash at any point leaves the
     * old generation or the complete new one; readers see one or the other.
     *
     * @return the sizes on disk before and after
     */
    public Compaction compact() {
        long before = sizeOnDisk();
        long started = System.nanoTime();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return new Compaction(before, sizeOnDisk(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** What a compaction did: bytes on disk before and after, and how long it took. */
    public record Compaction(long bytesBefore, long bytesAfter, Duration took) {
    }

    @Override
    public synchronized void close() {
        closeText();
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
