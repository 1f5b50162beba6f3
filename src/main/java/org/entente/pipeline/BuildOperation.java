package org.entente.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.entente.gazetteer.Gazetteer;
import org.entente.rdf.Ent;
import org.entente.rdf.Ontology;
import org.entente.store.KnowledgeStore;

/**
 * The main job: convert every article that has claims, validate each graph
 * with SHACL, and load them with the ontology into the store. {@link #check}
 * reads and checks every input before the store is opened; {@link Checked#loadInto}
 * loads in one transaction, so a failed build leaves the store exactly as it
 * was. The graph of an article whose curated claims file was removed is removed too.
 */
public final class BuildOperation {
    private final ProjectLayout layout;

    public BuildOperation(Path dataFolder) {
        this.layout = new ProjectLayout(dataFolder);
    }

    /**
     * A graph built from curated claims. A build mirrors the data folder's
     * curated claims, so such a graph whose claims file is gone is removed;
     * graphs loaded by other means are left alone.
     */
    static boolean isCuratedArticleGraph(Model graph) {
        return graph.contains(null, Ent.producedBy, Converter.CURATED);
    }

    /** Reads, converts and checks every article with claims; nothing touches a store yet. */
    public Checked check() {
        long started = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.read(layout.gazetteer());
        return new Checked(new Converter(gazetteer).convertAll(layout), started);
    }

    /** A build whose inputs are all read and checked, ready to load. */
    public static final class Checked {
        private final Conversion conversion;
        private final long started;

        private Checked(Conversion conversion, long started) {
            this.conversion = conversion;
            this.started = started;
        }

        /** Loads the checked graphs and the ontology into the store, in one write transaction. */
        public BuildSummary loadInto(KnowledgeStore store) {
            Map<String, Model> toLoad = new LinkedHashMap<>();
            toLoad.put(Ent.ONTOLOGY, Ontology.ontology());
            conversion.graphs().forEach(g -> toLoad.put(g.graphName(), g.graph()));
            long triples = toLoad.values().stream().mapToLong(Model::size).sum();
            store.replaceGraphs(toLoad, BuildOperation::isCuratedArticleGraph);
            store.reindexLabels();
            return new BuildSummary(conversion.graphs().size(), conversion.claims(), triples, store.quadCount(),
                    conversion.warnings(), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
