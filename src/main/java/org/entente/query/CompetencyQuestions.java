package org.entente.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.input.InputException;
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
        // Read through the Path (not its name) so a folder inside a jar works too; its URI is the base.
        try (InputStream in = Files.newInputStream(manifest)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(manifest.toUri().toString()).parse(model);
        } catch (RiotException | IOException e) {
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

    /**
     * The questions shipped on the class path under {@code /queries/}, as
     * {@link #read} gives them; inside a jar the jar is opened as a file
     * system, which stays open for the life of the JVM.
     */
    public static List<CompetencyQuestion> readFromClassPath() {
        URL manifest = CompetencyQuestions.class.getResource("/queries/manifest.ttl");
        if (manifest == null) {
            throw new IllegalStateException("the competency questions are missing from the class path (/queries/manifest.ttl)");
        }
        try {
            URI uri = manifest.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened by an earlier call.
                }
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the competency questions from " + manifest + ": " + e.getMessage(), e);
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
        Path p = Path.of(URI.create(ref.getURI()));
        if (!Files.isRegularFile(p)) {
            throw InputException.of(manifest.toString(), "listed file " + p + " does not exist");
        }
        return p;
    }
}
