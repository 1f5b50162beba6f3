package org.entente.rdf;

import org.entente.claims.Claim;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Granularity;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.claims.EntityType;

/**
 * Every IRI entente uses: the terms of its ontology, the terms it borrows from
 * PROV-O, OWL-Time and Wikidata, and the rules that mint IRIs for articles,
 * claims, situations and entities. Minted IRIs are derived from content only
 * (article id, claim id, entity id, offsets), so the same input always gives
 * the same IRIs and one entity is one node however many articles name it.
 */
public final class Ent {
    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/entente/ontology#";
    /** The ontology itself, and the named graph that holds it in the store. */
    public static final String ONTOLOGY = "https://w3id.org/entente/ontology";
    /** Where minted IRIs live. */
    public static final String ID = "https://w3id.org/entente/id/";
    /** The merged ontology-and-individuals document written for Protégé. */
    public static final String KNOWLEDGE_GRAPH = "https://w3id.org/entente/kg";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SCHEMA = "https://schema.org/";
    /** The W3C SPARQL test-manifest vocabularies the competency questions are listed in. */
    public static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    /** The Vocabulary of Interlinked Datasets, for the description a server gives of the store. */

    private Ent() {
    }

    private static Resource term(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = term("Article");
    public static final Resource Claim = term("Claim");
    public static final Resource TextSpan = term("TextSpan");
    public static final Resource Participation = term("Participation");
    public static final Resource Event = term("Event");

    // Situations
    public static final Property hasParticipation = property("hasParticipation");
    public static final Property participant = property("participant");
    public static final Property role = property("role");
    public static final Property hasParticipant = property("hasParticipant");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property place = property("place");
    public static final Property topic = property("topic");
    public static final Property theme = property("theme");
    public static final Property partOf = property("partOf");
    public static final Property after = property("after");
    public static final Property purpose = property("purpose");
    public static final Property aim = property("aim");
    public static final Property stance = property("stance");
    public static final Property eventStatus = property("eventStatus");
    public static final Property dateValue = property("dateValue");
    public static final Property dateGranularity = property("dateGranularity");
    public static final Property earliest = property("earliest");
    public static final Property latest = property("latest");
    public static final Property dateText = property("dateText");

    // Entities
    public static final Property country = property("country");
    public static final Property capital = property("capital");
    public static final Property wikidataId = property("wikidataId");
    public static final Property iso3166 = property("iso3166");
    public static final Property alias = property("alias");

    // Claims and articles
    public static final Property about = property("about");
    public static final Property evidence = property("evidence");
    public static final Property source = property("source");
    public static final Property factuality = property("factuality");
    public static final Property confidence = property("confidence");
    public static final Property producedBy = property("producedBy");
    public static final Property inArticle = property("inArticle");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property quote = property("quote");
    public static final Property text = property("text");
    public static final Property published = property("published");
    public static final Property language = property("language");
    public static final Property url = property("url");
    public static final Property publisher = property("publisher");
    public static final Property outlet = property("outlet");
    public static final Property cameoCode = property("cameoCode");
    public static final Property cameoCategory = property("cameoCategory");
    public static final Property ploverCategory = property("ploverCategory");

    // Borrowed terms
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    /** Links an entity to its Wikidata item; an annotation, so reasoners do not merge the two. */
    public static final Property schemaSameAs = ResourceFactory.createProperty(SCHEMA + "sameAs");
    public static final Resource mfManifest = ResourceFactory.createResource(MF + "Manifest");
    public static final Property mfEntries = ResourceFactory.createProperty(MF + "entries");
    public static final Property mfName = ResourceFactory.createProperty(MF + "name");
    public static final Property mfAction = ResourceFactory.createProperty(MF + "action");
    public static final Property mfResult = ResourceFactory.createProperty(MF + "result");
    public static final Property qtQuery = ResourceFactory.createProperty(QT + "query");

    // VoID, for describing the dataset a server publishes

    /** The ontology class of an event or relationship type. */
    public static Resource type(SituationType type) {
        return term(type.localName());
    }

    /** The ontology class of an entity type. */
    public static Resource type(EntityType type) {
        return term(type.name());
    }

    public static Resource role(Role role) {
        return term(role.localName());
    }

    public static Resource factuality(Factuality f) {
        return term(f.localName());
    }

    public static Resource status(EventStatus s) {
        return term(s.localName());
    }

    /** Date granularities are OWL-Time's temporal units. */
    public static Resource granularity(Granularity g) {
        return ResourceFactory.createResource(TIME + switch (g) {
            case DAY -> "unitDay";
            case MONTH -> "unitMonth";
            case YEAR -> "unitYear";
        });
    }

    /** The SKOS concept of a CAMEO code. */
    public static Resource cameo(String code) {
        return ResourceFactory.createResource("https://w3id.org/entente/cameo/" + code);
    }

    /** The SKOS concept of a PLOVER category. */
    public static Resource plover(String category) {
        return ResourceFactory.createResource("https://w3id.org/entente/plover/" + category);
    }

    public static Resource wikidata(String qid) {
        return ResourceFactory.createResource(WD + qid);
    }

    // Minting

    public static String entity(String entityId) {
        return ID + "entity/" + entityId;
    }

    public static String article(String articleId) {
        return ID + "article/" + articleId;
    }

    /** The named graph holding everything one article claims. */
    public static String graph(String articleId) {
        return ID + "graph/" + articleId;
    }

    public static String claim(String articleId, String claimId) {
        return ID + "claim/" + articleId + "/" + claimId;
    }

    public static String situation(String articleId, String situationId) {
        return ID + "situation/" + articleId + "/" + situationId;
    }

    public static String participation(String situationIri, Role role, String entityId) {
        return situationIri + "/" + role.jsonName() + "/" + entityId;
    }

    /** A span of article text, named with an RFC 5147 fragment as NIF does. */
    public static String span(String articleId, int start, int end) {
        return article(articleId) + "#char=" + start + "," + end;
    }



    /** Prefixes used when writing entente's graphs. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ent", NS)
                .setNsPrefix("id", ID)
                .setNsPrefix("entity", ID + "entity/")
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("prov", PROV)
                .setNsPrefix("time", TIME)
                .setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri)
                .setNsPrefix("dcterms", org.apache.jena.vocabulary.DCTerms.NS)
                .setNsPrefix("wd", WD)
                .setNsPrefix("schema", SCHEMA)
                .lock();
    }
}
