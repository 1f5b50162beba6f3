package org.entente.export;

import org.entente.rdf.RdfFormat;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.input.InputException;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.entente.validate.OwlDocument;

/**
 * Writes the store, or one article's graph, in a chosen syntax. Quad formats
 * keep named graphs; triple formats write the union; {@link RdfFormat#OWL}
 * writes the merged ontology-and-individuals document for Protégé.
 */
public final class Exporter {
    private final KnowledgeStore store;

    public Exporter(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * @param articleId the article to export, or null for the whole store
     */
    public void export(RdfFormat format, String articleId, OutputStream out) {
        store.read(ds -> {
            write(ds, format, articleId, out);
            return null;
        });
    }

    private void write(Dataset ds, RdfFormat format, String articleId, OutputStream out) {
        List<String> graphs = selectGraphs(ds, articleId);
        if (format == RdfFormat.OWL) {
            List<Model> articles = new ArrayList<>();
            for (String g : graphs) {
                if (!g.equals(Ent.ONTOLOGY)) {
                    articles.add(ds.getNamedModel(g));
                }
            }
            RDFDataMgr.write(out, OwlDocument.merge(ds.getNamedModel(Ent.ONTOLOGY), articles), format.lang());
            return;
        }
        if (format.keepsGraphs()) {
            Dataset copy = DatasetFactory.create();
            copy.getDefaultModel().setNsPrefixes(Ent.prefixes());
            graphs.forEach(g -> copy.addNamedModel(g, ds.getNamedModel(g)));
            RDFDataMgr.write(out, copy, format.lang());
        } else {
            Model union = ModelFactory.createDefaultModel().setNsPrefixes(Ent.prefixes());
            graphs.forEach(g -> union.add(ds.getNamedModel(g)));
            RDFDataMgr.write(out, union, format.lang());
        }
    }

    private List<String> selectGraphs(Dataset ds, String articleId) {
        List<String> names = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        names.sort(null);
        if (articleId == null) {
            return names;
        }
        String wanted = Ent.graph(articleId);
        if (!names.contains(wanted)) {
            throw InputException.of(store.folder().toString(), "no article '" + articleId
                    + "' in the store; 'entente query -e \"SELECT ?a { ?a a ent:Article }\"' lists them");
        }
        return List.of(wanted);
    }
}
