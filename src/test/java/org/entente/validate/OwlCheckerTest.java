package org.entente.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.TestProject;
import org.entente.validate.OwlDocument;
import org.entente.gazetteer.Gazetteer;
import org.entente.pipeline.Converter;
import org.entente.rdf.Ent;
import org.entente.rdf.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Protégé will see: OWL API's OWL 2 DL profile check and HermiT, on ontology plus individuals. */
class OwlCheckerTest {
    private static final OwlChecker CHECKER = new OwlChecker();
    private static Model document;

    @BeforeAll
    static void mergeSeedWithOntology() {
        Model seed = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")))
                .convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                        TestProject.data().resolve("claims/" + TestProject.SEED + ".json"))
                .graph();
        document = OwlDocument.merge(Ontology.ontology(), List.of(seed));
    }

    private static Model copy() {
        return ModelFactory.createDefaultModel().add(document);
    }

    @Test
    void theOntologyAloneIsOwl2DlAndConsistent() {
        OwlReport report = CHECKER.check(Ontology.ontology());
        assertEquals(List.of(), report.profileViolations());
        assertTrue(report.consistent());
        assertEquals(List.of(), report.unsatisfiable());
    }

    @Test
    void theOntologyWithTheArticlesIndividualsIsOwl2DlAndConsistent() {
        OwlReport report = CHECKER.check(document);
        assertEquals(List.of(), report.profileViolations());
        assertTrue(report.consistent());
        assertTrue(report.clean());
        assertTrue(report.axioms() > 1000, "individuals were loaded: " + report.axioms());
    }

    @Test
    void aStateThatIsAlsoAPersonMakesItInconsistent() {
        Model m = copy();
        m.getResource(Ent.entity("china")).addProperty(RDF.type, m.createResource(Ent.NS + "Person"));
        assertFalse(CHECKER.check(m).consistent());
    }

    @Test
    void aDateOutsideTheOwl2DatatypeMapIsAProfileViolation() {
        Model m = copy();
        m.getResource(Ent.article(TestProject.SEED)).addLiteral(Ent.dateText,
                m.createTypedLiteral("2025-02-24", XSDDatatype.XSDdate));
        assertFalse(CHECKER.check(m).profileViolations().isEmpty());
    }

    @Test
    void theOntologyFileAsProtegeOpensItImportsTheEventCategoriesAndIsOwl2Dl() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(TestProject.root().resolve("ontology/entente.ttl"));
        OwlReport report = CHECKER.check(file);
        assertEquals(List.of(), report.profileViolations());
        assertTrue(report.consistent());
    }
}
