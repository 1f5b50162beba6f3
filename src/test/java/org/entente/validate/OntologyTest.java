package org.entente.validate;

import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.claims.EntityType;
import org.entente.rdf.Ent;
import org.entente.rdf.Ontology;
import org.junit.jupiter.api.Test;

/** The ontology says what the code assumes, and says it to people: labels, definitions, metadata. */
class OntologyTest {
    private final Model ontology = Ontology.ontology();

    private boolean declaredAs(Resource term, Resource kind) {
        return ontology.contains(term, RDF.type, kind);
    }

    @Test
    void everyOwnTermHasALabelAndADefinition() {
        List<String> missing = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Ent.NS)) {
                if (!s.hasProperty(RDFS.label) || !s.hasProperty(SKOS.definition)) {
                    missing.add(s.getURI());
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void theOntologyCarriesVersionLicenceAndDescription() {
        Resource header = ontology.getResource(Ent.ONTOLOGY);
        assertTrue(declaredAs(header, OWL2.Ontology));
        assertTrue(header.hasProperty(OWL2.versionIRI));
        assertTrue(header.hasProperty(ontology.createProperty(DCTerms.NS + "license")));
        assertTrue(header.hasProperty(ontology.createProperty(DCTerms.NS + "description")));
    }

    @Test
    void everyTypeTheCodeMintsIsAClassAndEveryEventTypeHasACameoCode() {
        for (SituationType t : SituationType.values()) {
            Resource c = Ent.type(t);
            assertTrue(declaredAs(c, OWL2.Class), t + " is not declared");
            if (t.kind() == SituationType.Kind.EVENT) {
                assertTrue(ontology.contains(c, Ent.cameoCode), t + " has no CAMEO code");
            }
        }
        for (EntityType t : EntityType.values()) {
            assertTrue(declaredAs(Ent.type(t), OWL2.Class), t + " is not declared");
        }
    }

    @Test
    void everyValueTheCodeUsesIsADeclaredIndividual() {
        for (Role r : Role.values()) {
            assertTrue(declaredAs(Ent.role(r), ontology.createResource(Ent.NS + "Role")), r.toString());
        }
        for (Factuality f : Factuality.values()) {
            assertTrue(declaredAs(Ent.factuality(f), ontology.createResource(Ent.NS + "Factuality")), f.toString());
        }
        for (EventStatus s : EventStatus.values()) {
            assertTrue(declaredAs(Ent.status(s), ontology.createResource(Ent.NS + "EventStatus")), s.toString());
        }
    }

    @Test
    void everyPropertyTheGraphsUseIsDeclaredInTheOntology() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (Field f : Ent.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof org.apache.jena.rdf.model.Property p
                    && !p.getURI().startsWith(Ent.MF) && !p.getURI().startsWith(Ent.QT) && !p.getURI().startsWith(VOID.NS)) {
                boolean declared = declaredAs(p, OWL2.ObjectProperty) || declaredAs(p, OWL2.DatatypeProperty)
                        || declaredAs(p, OWL2.AnnotationProperty);
                if (!declared) {
                    undeclared.add(p.getURI());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void nothingAboutEventsOrClaimsIsFunctional() {
        assertFalse(ontology.listSubjectsWithProperty(RDF.type, OWL2.FunctionalProperty).hasNext(),
                "two articles may disagree; functional properties would make that an inconsistency");
    }

    @Test
    void theCameoSchemeHoldsEveryCodeOfTheCodebookAndNoOther() {
        org.apache.jena.rdf.model.Model scheme = org.apache.jena.riot.RDFDataMgr.loadModel(
                org.entente.TestProject.root().resolve("ontology/cameo.ttl").toString());
        var notation = scheme.createProperty("http://www.w3.org/2004/02/skos/core#notation");
        var broadMatch = scheme.createProperty("http://www.w3.org/2004/02/skos/core#broadMatch");
        java.util.Set<String> inScheme = new java.util.TreeSet<>();
        scheme.listSubjectsWithProperty(notation).forEachRemaining(c -> {
            if (c.getURI().startsWith("https://w3id.org/entente/cameo/")) {
                inScheme.add(c.getProperty(notation).getString());
            }
        });
        java.util.Set<String> inCodebook = new java.util.TreeSet<>();
        for (var entry : org.entente.claims.CameoCode.codebook()) {
            inCodebook.add(entry.code());
            var concept = scheme.getResource("https://w3id.org/entente/cameo/" + entry.code());
            String plover = entry.plover().equals("-") ? null : "https://w3id.org/entente/plover/" + entry.plover();
            assertEquals(plover, concept.hasProperty(broadMatch) ? concept.getPropertyResourceValue(broadMatch).getURI() : null,
                    "PLOVER match of " + entry.code());
        }
        assertEquals(inCodebook, inScheme);
    }
}
