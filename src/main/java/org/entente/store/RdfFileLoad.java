package org.entente.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.input.Folders;
import org.entente.input.InputException;
import org.entente.input.Problem;

/**
 * Loads local RDF files into the store: N-Quads, N-Triples, Turtle, TriG,
 * JSON-LD and RDF/XML, each optionally gzipped ({@code .gz}). A file of
 * triples replaces the named graph of its own (the file's {@code file:} IRI,
 * or the one given); a file of quads adds each quad to its own graph, and its
 * default-graph triples to the file's graph.
 *
 * <p>Two ways, one outcome. A load into an empty store, or of more than
 * {@link #BULK_BYTES} of files, goes through Jena's bulk loader (the phased
 * loader {@code tdb2.tdbloader} uses) into a new generation of the database
 * built beside the live one: first the live data (but for the graphs being
 * replaced), then the files. Only when that is complete is it moved into place
 * as the store's next {@code Data-NNNN} folder, one rename, and the old
 * generation deleted; so the result is compact, and a crash or a syntax error
 * at any point leaves the old store as it was. Smaller loads into a store with
 * data run as one write transaction. Either way a syntax error names file,
 * line and column, and nothing is loaded.
 *
 * <p>The store folder must not be open in this or another process.
 */
public final class RdfFileLoad {
    /** Loads of more bytes of files than this go through the bulk loader. */
    public static final long BULK_BYTES = 16L << 20;
    private static final String STAGING = "loading";

    private final Path storeFolder;
    private final long bulkBytes;

    public RdfFileLoad(Path storeFolder) {
        this(storeFolder, BULK_BYTES);
    }

    /** @param bulkBytes loads of more bytes of files than this go through the bulk loader */
    public RdfFileLoad(Path storeFolder, long bulkBytes) {
        this.storeFolder = storeFolder;
        this.bulkBytes = bulkBytes;
    }

    /** A file to load: where it is, its syntax, and the graph its triples go to. */
    public record Source(Path file, Lang lang, String graph) {
    }

    /** What a load did: files and quads read, which way, and the store's size on disk afterwards. */
    public record Summary(int files, long quadsRead, boolean bulk, long storeBytes, Duration took) {
    }

    /**
     * Checks the files are there and their syntax is known from their names, before anything is read.
     *
     * @param graph the graph for the triples of a single file, or null for each file's own IRI
     */
    public static List<Source> sources(List<Path> files, String graph) {
        if (graph != null && files.size() != 1) {
            throw InputException.of("--graph", "names the graph of one file; " + files.size() + " given");
        }
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            Lang lang = RDFLanguages.filenameToLang(f.getFileName().toString().replaceFirst("(?i)\\.gz$", ""));
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                problems.add(Problem.at(f.toString(), "no such file, or not readable"));
            } else if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
                problems.add(Problem.at(f.toString(), "unknown RDF syntax; name the file .nq, .nt, .ttl, .trig, "
                        + ".jsonld or .rdf (optionally + .gz)"));
            } else {
                sources.add(new Source(f, lang, graph != null ? graph : f.toAbsolutePath().normalize().toUri().toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return sources;
    }

    public Summary load(List<Source> sources) {
        long started = System.nanoTime();
        long bytes = sources.stream().mapToLong(s -> size(s.file())).sum();
        Set<Node> replaced = new HashSet<>();
        sources.forEach(s -> replaced.add(NodeFactory.createURI(s.graph())));
        boolean bulk;
        long[] read = {0};
        try (KnowledgeStore store = KnowledgeStore.openForWriting(storeFolder)) {
            DatasetGraph live = store.dataset().asDatasetGraph();
            bulk = bytes > bulkBytes || Txn.calculateRead(live, live::isEmpty);
            if (!bulk) {
                Txn.executeWrite(live, () -> {
                    replaced.forEach(g -> live.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
                    StreamRDF into = counting(new IntoStore(live), read);
                    sources.forEach(s -> parse(s, into));
                });
            }
        }
        if (bulk) {
            bulkLoad(sources, replaced, read);
        }
        try (KnowledgeStore store = KnowledgeStore.open(storeFolder)) {
            store.reindexLabels();
            return new Summary(sources.size(), read[0], bulk, store.sizeOnDisk(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The live data and the files, through the phased bulk loader, into a new generation moved into place when complete. */
    private void bulkLoad(List<Source> sources, Set<Node> replaced, long[] read) {
        Path staging = storeFolder.resolve(STAGING);
        Folders.deleteAll(staging);
        Path live = liveGeneration();
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(staging.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(target, null, (format, args) -> { });
            StreamRDF into = counting(loader.stream(), read);
            loader.startBulk();
            try {
                if (live != null) {
                    copyLive(into, replaced);
                }
                read[0] = 0;
                sources.forEach(s -> parse(s, into));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } catch (RuntimeException e) {
            TDBInternal.expel(target);
            Folders.deleteAll(staging);
            throw e;
        }
        TDBInternal.expel(target);
        Path built = staging.resolve("Data-0001");
        int next = live == null ? 1 : generation(live) + 1;
        try {
            Files.move(built, storeFolder.resolve(String.format(Locale.ROOT, "Data-%04d", next)), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Folders.deleteAll(staging);
            throw new UncheckedIOException("cannot move the loaded data into place", e);
        }
        // From here the new generation is the store; what is left is clearing up.
        if (live != null) {
            Folders.deleteAll(live);
        }
        Folders.deleteAll(staging);
    }

    private void copyLive(StreamRDF into, Set<Node> replaced) {
        try (KnowledgeStore store = KnowledgeStore.open(storeFolder)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (!replaced.contains(q.getGraph())) {
                    into.quad(q);
                }
            }));
        }
    }

    /** The newest {@code Data-NNNN} folder of the store, the one TDB2 uses; null when there is none. */
    private Path liveGeneration() {
        if (!Files.isDirectory(storeFolder)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(storeFolder)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(Comparator.comparingInt(RdfFileLoad::generation)).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int generation(Path dataFolder) {
        return Integer.parseInt(dataFolder.getFileName().toString().substring("Data-".length()));
    }

    /** Parses one file into a stream, its triples and default-graph quads into its graph; a syntax error is the user's. */
    private static void parse(Source s, StreamRDF into) {
        Node graph = NodeFactory.createURI(s.graph());
        StreamRDF toGraph = new StreamRDFWrapper(into) {
            @Override
            public void triple(Triple t) {
                other.quad(Quad.create(graph, t));
            }

            @Override
            public void quad(Quad q) {
                other.quad(q.isDefaultGraph() ? Quad.create(graph, q.asTriple()) : q);
            }

            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
        try (InputStream in = open(s.file())) {
            RDFParser.source(in).lang(s.lang()).base(s.file().toAbsolutePath().toUri().toString())
                    .errorHandler(new Errors(s.file().toString())).parse(toGraph);
        } catch (RiotException e) {
            throw InputException.of(s.file().toString(), e.getMessage());
        } catch (IOException e) {
            throw InputException.of(s.file().toString(), "cannot read: " + e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Turns the parser's first error into the user's problem, with file, line and column. */
    private record Errors(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new InputException(Problem.at(file, (int) Math.max(line, 0), (int) Math.max(col, 0), message));
        }
    }

    private static StreamRDF counting(StreamRDF into, long[] count) {
        return new StreamRDFWrapper(into) {
            @Override
            public void quad(Quad q) {
                count[0]++;
                other.quad(q);
            }

            @Override
            public void triple(Triple t) {
                count[0]++;
                other.triple(t);
            }
        };
    }

    /** Adds quads straight into a dataset inside the caller's transaction. */
    private record IntoStore(DatasetGraph dsg) implements StreamRDF {
        @Override
        public void start() {
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalStateException("triples reach the store as quads");
        }

        @Override
        public void quad(Quad quad) {
            dsg.add(quad);
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void finish() {
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
