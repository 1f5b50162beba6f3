package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.claims.SituationType;
import org.entente.extract.lexicon.Trigger;
import org.entente.extract.lexicon.TriggerLexicon;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    static final Path HOME = Path.of(System.getProperty("entente.home", "."));
    static final String ENT = "https://w3id.org/entente/ontology#";

    @Test
    void cameoCodesAgreeWithTheOntology() {
        Model ontology = RDFDataMgr.loadModel(HOME.resolve("ontology/entente.ttl").toString());
        var cameo = ontology.createProperty(ENT, "cameoCode");
        TriggerLexicon lexicon = TriggerLexicon.read(HOME.resolve("data/lexicon/triggers.json"));
        for (Trigger t : lexicon.triggers()) {
            Resource type = ontology.createResource(ENT + t.type().name());
            Statement code = type.getProperty(cameo);
            if (t.type().kind() == SituationType.Kind.EVENT) {
                assertNotNull(code, t.type() + " has no ent:cameoCode in the ontology");
                assertEquals(code.getString(), t.cameo(), "trigger " + t.words());
                assertEquals(code.getString(), lexicon.cameo(t.type()).orElseThrow(), "type " + t.type());
            } else {
                assertNull(t.cameo(), "relationships carry no CAMEO code: " + t.words());
            }
        }
    }

    @Test
    void everyFinerEventTypeOfTheModelHasATrigger() {
        TriggerLexicon lexicon = TriggerLexicon.read(HOME.resolve("data/lexicon/triggers.json"));
        for (SituationType type : SituationType.values()) {
            // The classes of the CAMEO roots are reached through codes, not through this lexicon's types.
            if (type == SituationType.OfficeHolding || type.ordinal() < SituationType.MediationOffer.ordinal()
                    && type != SituationType.Statement && type != SituationType.Consultation) {
                continue;
            }
            assertNotNull(lexicon.triggers().stream().filter(t -> t.type() == type).findFirst().orElse(null),
                    "no trigger for " + type);
        }
    }

    @Test
    void everyWordAndRequiredWordIsLowerCase() {
        TriggerLexicon lexicon = TriggerLexicon.read(HOME.resolve("data/lexicon/triggers.json"));
        for (Trigger t : lexicon.triggers()) {
            for (String w : t.words()) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "trigger word of " + t.type());
            }
            for (String w : t.requires()) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "required word of " + t.type());
            }
        }
    }
}
