package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.entente.input.Folders;
import org.entente.rdf.Ent;

/**
 * The full-text index of the store's labels and aliases ({@code rdfs:label},
 * {@code ent:alias}), a Lucene index in the store's {@code text/} folder read
 * by jena-text: {@code ?s text:query "putin"} finds every resource whose label
 * or alias has the word, in any article's graph.
 *
 * <p>The index is derived from the store and rebuilt whole by every command
 * that writes it (build, ingest, load, compact): into {@code text.new/}, then
 * moved into place, so a crash leaves the old index or the new one. One
 * document per resource and label, however many graphs repeat it.
 */
public final class LabelIndex {
    /** The jena-text namespace of {@code text:query}. */
    public static final String TEXT_NS = "http://jena.apache.org/text#";
    static final String FOLDER = "text";
    private static final String ENTITY_FIELD = "uri";
    private static final String LABEL_FIELD = "label";
    private static final List<Node> INDEXED = List.of(RDFS.label.asNode(), Ent.alias.asNode());

    private LabelIndex() {
    }

    private static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label.asNode());
        def.set(LABEL_FIELD, Ent.alias.asNode());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** Whether the store folder holds an index. */
    static boolean exists(Path storeFolder) {
        return Files.isDirectory(storeFolder.resolve(FOLDER));
    }

    /** Opens the store's index; the caller closes it. */
    static TextIndex open(Path storeFolder) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(storeFolder.resolve(FOLDER)), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + storeFolder, e);
        }
    }

    /** The dataset with {@code text:query} over the index; closing it closes the index. */
    static Dataset over(Dataset base, TextIndex index) {
        return TextDatasetFactory.create(base, index, true);
    }

    /** Indexes every label and alias of the dataset anew and puts the index in place. */
    static void rebuild(Path storeFolder, Dataset dataset) {
        Path fresh = storeFolder.resolve(FOLDER + ".new");
        Path old = storeFolder.resolve(FOLDER + ".old");
        Folders.deleteAll(fresh);
        TextIndex index;
        try {
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(fresh), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index in " + fresh, e);
        }
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<String> seen = new HashSet<>();
            for (Node predicate : INDEXED) {
                dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                    Node s = q.getSubject();
                    Node o = q.getObject();
                    if (s.isURI() && o.isLiteral() && seen.add(s.getURI() + '\n' + o.getLiteralLexicalForm())) {
                        Entity e = new Entity(s.getURI(), null, o.getLiteralLanguage(), null);
                        e.put(LABEL_FIELD, o.getLiteralLexicalForm());
                        index.addEntity(e);
                    }
                });
            }
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
        try {
            Path live = storeFolder.resolve(FOLDER);
            Folders.deleteAll(old);
            if (Files.exists(live)) {
                Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteAll(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the text index in place in " + storeFolder, e);
        }
    }
}
