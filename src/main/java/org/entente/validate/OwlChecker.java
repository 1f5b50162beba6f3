package org.entente.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Loads a document into OWL API, as Protégé does, checks it against the OWL 2 DL
 * profile, and asks HermiT (the reasoner Protégé ships) whether it is consistent
 * and which classes are unsatisfiable.
 */
public final class OwlChecker {

    /** Checks an RDF model by handing its RDF/XML serialisation to OWL API. */
    public OwlReport check(Model document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, document, Lang.RDFXML);
        return check(bytes.toByteArray());
    }

    /** Checks an ontology document in any syntax OWL API reads. */
    public OwlReport check(byte[] document) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // The event categories the ontology imports come from the class path, as Protégé takes them from the catalog.
        java.net.URL categories = OwlChecker.class.getResource("/ontology/cameo.ttl");
        if (categories != null) {
            manager.getIRIMappers().add(new org.semanticweb.owlapi.util.SimpleIRIMapper(
                    org.semanticweb.owlapi.model.IRI.create("https://w3id.org/entente/cameo"),
                    org.semanticweb.owlapi.model.IRI.create(categories.toString())));
        }
        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(document));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("OWL API could not load the document: " + e.getMessage(), e);
        }
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(OWLProfileViolation::toString)
                .sorted()
                .toList();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            boolean consistent = reasoner.isConsistent();
            List<String> unsatisfiable = consistent
                    ? reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                            .map(OWLClass::toString).sorted().toList()
                    : List.of();
            return new OwlReport(ontology.getAxiomCount(), violations, consistent, unsatisfiable);
        } finally {
            reasoner.dispose();
        }
    }
}
