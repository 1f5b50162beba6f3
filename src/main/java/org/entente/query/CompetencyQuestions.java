package org.entente.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.InputException;

/**
 * Reads the competency question manifest ({@code queries/manifest.ttl}),
 * written in the W3C SPARQL test-manifest vocabulary.
 */
public final class CompetencyQuestions {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private static final Property ENTRIES = ModelFactory.createDefaultModel().createProperty(MF + "entries");
    private static final Property NAME = ModelFactory.createDefaultModel().createProperty(MF + "name");
    private static final Property ACTION = ModelFactory.createDefaultModel().createProperty(MF + "action");
    private static final Property RESULT = ModelFactory.createDefaultModel().createProperty(MF + "result");
    private static final Property QUERY = ModelFactory.createDefaultModel().createProperty(QT + "query");
    private static final Resource MANIFEST = ModelFactory.createDefaultModel().createResource(MF + "Manifest");

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
        var manifests = model.listSubjectsWithProperty(RDF.type, MANIFEST).toList();
        if (manifests.size() != 1) {
            throw InputException.of(manifest.toString(), "expected one mf:Manifest, found " + manifests.size());
        }
        RDFList entries = manifests.get(0).getRequiredProperty(ENTRIES).getObject().as(RDFList.class);
        List<CompetencyQuestion> questions = new ArrayList<>();
        for (RDFNode node : entries.asJavaList()) {
            Resource entry = node.asResource();
            String name = entry.getRequiredProperty(NAME).getString();
            String question = entry.getRequiredProperty(RDFS.comment).getString();
            Resource action = entry.getRequiredProperty(ACTION).getResource();
            Path query = file(action.getRequiredProperty(QUERY).getResource(), manifest);
            Path expected = file(entry.getRequiredProperty(RESULT).getResource(), manifest);
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
