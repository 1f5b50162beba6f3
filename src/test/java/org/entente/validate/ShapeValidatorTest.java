package org.entente.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.entente.TestProject;
import org.entente.gazetteer.Gazetteer;
import org.entente.pipeline.Converter;
import org.entente.rdf.Ent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapeValidatorTest {
    private static final ShapeValidator SHAPES = new ShapeValidator();
    private static Model seed;

    @BeforeAll
    static void convertSeed() {
        seed = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")))
                .convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                        TestProject.data().resolve("claims/" + TestProject.SEED + ".json"))
                .graph();
    }

    private static Model copy() {
        return ModelFactory.createDefaultModel().add(seed);
    }

    private static Resource claim(Model m, String id) {
        return m.getResource(Ent.claim(TestProject.SEED, id));
    }

    @Test
    void theSeedArticleGraphConforms() {
        ShapeReport report = SHAPES.validate(seed);
        assertEquals(java.util.List.of(), report.violations());
        assertTrue(report.conforms());
    }

    @Test
    void aClaimWithoutEvidenceIsAViolation() {
        Model m = copy();
        m.removeAll(claim(m, "c01"), Ent.evidence, null);
        ShapeReport report = SHAPES.validate(m);
        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(v -> v.contains("c01") && v.contains("evidence")), report.violations().toString());
    }

    @Test
    void aSpanThatEndsBeforeItBeginsIsAViolation() {
        Model m = copy();
        Resource span = m.getResource(Ent.span(TestProject.SEED, 59, 87));
        m.removeAll(span, Ent.endIndex, null);
        span.addLiteral(Ent.endIndex, m.createTypedLiteral("10", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        ShapeReport report = SHAPES.validate(m);
        assertEquals(1, report.violations().size(), report.violations().toString());
        assertTrue(report.violations().get(0).contains("#char=59,87 ent:beginIndex"), report.violations().toString());
    }

    @Test
    void aSituationNoClaimAssertsIsAViolation() {
        Model m = copy();
        m.createResource(Ent.situation(TestProject.SEED, "orphan"))
                .addProperty(RDF.type, m.createResource(Ent.NS + "Summit"))
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "orphan")
                .addProperty(Ent.wasDerivedFrom, m.getResource(Ent.article(TestProject.SEED)));
        ShapeReport report = SHAPES.validate(m);
        assertTrue(report.violations().stream().anyMatch(v -> v.contains("orphan")), report.violations().toString());
    }

    @Test
    void aReportedClaimWithoutSourceIsOnlyAWarning() {
        Model m = copy();
        m.removeAll(claim(m, "c08"), Ent.source, null);
        ShapeReport report = SHAPES.validate(m);
        assertTrue(report.conforms(), report.violations().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("c08")), report.warnings().toString());
    }

    @Test
    void anUnknownFactualityIsAViolation() {
        Model m = copy();
        Resource c = claim(m, "c01");
        m.removeAll(c, Ent.factuality, null);
        c.addProperty(Ent.factuality, m.createResource(Ent.NS + "Rumoured"));
        ShapeReport report = SHAPES.validate(m);
        assertEquals(1, report.violations().size(), report.violations().toString());
        assertTrue(report.violations().get(0).contains("c01 ent:factuality"), report.violations().toString());
    }

    @Test
    void aSituationWithoutParticipantsIsOnlyAWarning() {
        Model m = copy();
        Resource call = m.getResource(Ent.situation(TestProject.SEED, "xi-putin-call"));
        m.removeAll(call, Ent.hasParticipation, null);
        m.removeAll(call, Ent.hasParticipant, null);
        ShapeReport report = SHAPES.validate(m);
        assertTrue(report.conforms(), report.violations().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("xi-putin-call") && w.contains("no participant")),
                report.warnings().toString());
    }

    @Test
    void aStateWithoutWikidataIdIsOnlyAWarning() {
        Model m = copy();
        m.removeAll(m.getResource(Ent.entity("brazil")), Ent.wikidataId, null);
        ShapeReport report = SHAPES.validate(m);
        assertTrue(report.conforms(), report.violations().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("brazil") && w.contains("Wikidata")),
                report.warnings().toString());
    }
}
