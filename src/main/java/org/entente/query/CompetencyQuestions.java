package org.entente.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.InputException;
import org.entente.rdf.Ent;

/**
 * Reads the competency question manifest ({@code queries/manifest.ttl}),
 * written in the W3C SPARQL test-manifest vocabulary.
 */
public final class CompetencyQuestions {

    private CompetencyQuestions() {
    }

    /** The questions listed in {@code folder/manifest.ttl}, in manifest order. */
    public static List<CompetencyQuestion> read(Path folder) {
        Path manifest = folder.resolve("manifest.ttl");
        if (!Files.isRegularFile(manifest)) {
            throw InputException.of(manifest.toString(), "no competency question manifest");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(manifest).parse(model);
        } catch (RiotException e) {
            throw InputException.of(manifest.toString(), e.getMessage());
        }
        var manifests = model.listSubjectsWithProperty(RDF.type, Ent.mfManifest).toList();
        if (manifests.size() != 1) {
            throw InputException.of(manifest.toString(), "expected one mf:Manifest, found " + manifests.size());
        }
        try {
            return entries(manifests.get(0), manifest);
        } catch (JenaException e) {
            throw InputException.of(manifest.toString(), "not a well-formed manifest: " + e.getMessage()
                    + "; each entry needs mf:name, rdfs:comment, mf:action [ qt:query <file.rq> ] and mf:result <file.tsv>");
        }
    }

    private static List<CompetencyQuestion> entries(Resource manifestNode, Path manifest) {
        RDFList entries = manifestNode.getRequiredProperty(Ent.mfEntries).getObject().as(RDFList.class);
        List<CompetencyQuestion> questions = new ArrayList<>();
        for (RDFNode node : entries.asJavaList()) {
            Resource entry = node.asResource();
            String name = entry.getRequiredProperty(Ent.mfName).getString();
            String question = entry.getRequiredProperty(RDFS.comment).getString();
            Resource action = entry.getRequiredProperty(Ent.mfAction).getResource();
            Path query = file(action.getRequiredProperty(Ent.qtQuery).getResource(), manifest);
            Path expected = file(entry.getRequiredProperty(Ent.mfResult).getResource(), manifest);
            questions.add(new CompetencyQuestion(name, question, query, expected));
        }
        return questions;
    }

    private static Path file(Resource ref, Path manifest) {
        Path p = Path.of(java.net.URI.create(ref.getURI()));
        if (!Files.isRegularFile(p)) {
            throw InputException.of(manifest.toString(), "listed file " + p + " does not exist");
        }
        return p;
    }
}
