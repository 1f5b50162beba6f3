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
 * with SHACL, and load them with the ontology into the store. Every input is
 * read and checked before the store is opened; the load is one transaction,
 * so a failed build leaves the store exactly as it was. The graph of an article
 * whose curated claims file was removed is removed too.
 */
public final class BuildOperation {
    private final ProjectLayout layout;
    private final Path storeFolder;

    public BuildOperation(Path dataFolder, Path storeFolder) {
        this.layout = new ProjectLayout(dataFolder);
        this.storeFolder = storeFolder;
    }

    /**
     * A graph built from curated claims. A build mirrors the data folder's
     * curated claims, so such a graph whose claims file is gone is removed;
     * graphs loaded by other means are left alone.
     */
    static boolean isCuratedArticleGraph(Model graph) {
        return graph.contains(null, Ent.producedBy, Converter.CURATED);
    }

    public BuildSummary run() {
        long started = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.read(layout.gazetteer());
        Conversion conversion = new Converter(gazetteer).convertAll(layout);

        Map<String, Model> toLoad = new LinkedHashMap<>();
        toLoad.put(Ent.ONTOLOGY, Ontology.ontology());
        conversion.graphs().forEach(g -> toLoad.put(g.graphName(), g.graph()));
        long triples = toLoad.values().stream().mapToLong(Model::size).sum();

        try (KnowledgeStore store = KnowledgeStore.openForWriting(storeFolder)) {
            store.replaceGraphs(toLoad, BuildOperation::isCuratedArticleGraph);
            store.reindexLabels();
            long quads = store.quadCount();
            return new BuildSummary(conversion.graphs().size(), conversion.claims(), triples, quads, conversion.warnings(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
