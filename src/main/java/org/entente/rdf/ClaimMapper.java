package org.entente.rdf;

import org.apache.jena.vocabulary.DCTerms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.article.Article;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.DateValue;
import org.entente.claims.Evidence;
import org.entente.claims.Participant;
import org.entente.claims.Situation;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.gazetteer.Gazetteer;

/**
 * Maps one article's checked claim set to the RDF graph of that article: the
 * article, its claims with evidence spans, the situations they assert with
 * their participations, and every gazetteer entity they name. The claim set
 * must have passed {@link org.entente.validate.ClaimChecker}; the mapper trusts
 * its references. Output depends on input only, so mapping twice gives
 * isomorphic (indeed identical) graphs.
 */
public final class ClaimMapper {
    private final Gazetteer gazetteer;

    public ClaimMapper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The graph of everything the article claims. */
    public Model map(Article article, ClaimSet claims) {
        return new Run(article, claims).map();
    }

    private final class Run {
        final Article article;
        final ClaimSet set;
        /** The gazetteer with the article's own entities. */
        final Gazetteer gazetteer;
        final Model model = ModelFactory.createDefaultModel();
        final Resource articleNode;
        final Map<String, Situation> situations;
        final Set<String> entitiesNamed = new LinkedHashSet<>();

        Run(Article article, ClaimSet set) {
            this.article = article;
            this.set = set;
            this.gazetteer = ClaimMapper.this.gazetteer.withLocal(set.entities());
            model.setNsPrefixes(Ent.prefixes());
            this.articleNode = model.createResource(Ent.article(article.id()));
            this.situations = set.situations().stream()
                    .collect(Collectors.toMap(Situation::id, Function.identity()));
        }

        Model map() {
            mapArticle();
            set.situations().forEach(this::mapSituation);
            set.claims().forEach(this::mapClaim);
            set.entities().forEach(e -> entityNode(e.id()));
            mapEntities();
            return model;
        }

        void mapArticle() {
            var meta = article.metadata();
            articleNode.addProperty(RDF.type, Ent.Article)
                    .addProperty(RDFS.label, meta.title(), "en")
                    .addProperty(DCTerms.title, meta.title(), "en")
                    .addLiteral(Ent.published, dateTime(meta.published()))
                    .addProperty(Ent.language, meta.language())
                    .addProperty(Ent.text, article.text());
            if (meta.url() != null) {
                articleNode.addLiteral(Ent.url, model.createTypedLiteral(meta.url(), XSDDatatype.XSDanyURI));
            }
            if (meta.outlet() != null) {
                articleNode.addProperty(Ent.outlet, meta.outlet());
            }
            if (meta.publisher() != null) {
                articleNode.addProperty(Ent.publisher, entityNode(meta.publisher()));
            }
        }

        void mapSituation(Situation s) {
            Resource node = situationNode(s.id())
                    .addProperty(RDF.type, Ent.type(s.type()))
                    .addProperty(RDFS.label, s.label() != null ? s.label() : derivedLabel(s), "en")
                    .addProperty(Ent.wasDerivedFrom, articleNode);
            for (Participant p : s.participants()) {
                Resource who = entityNode(p.entity());
                Resource participation = model.createResource(Ent.participation(node.getURI(), p.role(), p.entity()))
                        .addProperty(RDF.type, Ent.Participation)
                        .addProperty(RDFS.label, label(p.entity()) + " as " + p.role().jsonName(), "en")
                        .addProperty(Ent.participant, who)
                        .addProperty(Ent.role, Ent.role(p.role()));
                node.addProperty(Ent.hasParticipation, participation).addProperty(Ent.hasParticipant, who);
                if (p.actingFor() != null) {
                    Resource principal = entityNode(p.actingFor());
                    participation.addProperty(Ent.onBehalfOf, principal);
                    node.addProperty(Ent.hasParticipant, principal);
                }
            }
            if (s.date() != null) {
                mapDate(node, s.date());
            }
            if (s.place() != null) {
                node.addProperty(Ent.place, entityNode(s.place()));
            }
            s.topics().forEach(t -> node.addProperty(Ent.topic, referenceNode(t)));
            s.themes().forEach(t -> node.addProperty(Ent.theme, referenceNode(t)));
            if (s.aim() != null) {
                node.addProperty(Ent.aim, situationNode(s.aim()));
            }
            if (s.isEvent()) {
                node.addProperty(Ent.cameoCode, s.cameoCode().value());
                String concept = s.cameoCode().value().length() == 4 ? s.cameoCode().value().substring(0, 3) : s.cameoCode().value();
                node.addProperty(Ent.cameoCategory, Ent.cameo(concept));
                if (s.plover() != null) {
                    node.addProperty(Ent.ploverCategory, Ent.plover(s.plover()));
                }
            }
            if (s.partOf() != null) {
                node.addProperty(Ent.partOf, situationNode(s.partOf()));
            }
            if (s.after() != null) {
                node.addProperty(Ent.after, situationNode(s.after()));
            }
            if (s.status() != null) {
                node.addProperty(Ent.eventStatus, Ent.status(s.status()));
            }
            if (s.purpose() != null) {
                node.addProperty(Ent.purpose, s.purpose(), "en");
            }
            if (s.stance() != null) {
                node.addProperty(Ent.stance, s.stance(), "en");
            }
            if (s.wikidata() != null) {
                node.addProperty(Ent.wikidataId, s.wikidata()).addProperty(Ent.schemaSameAs, Ent.wikidata(s.wikidata()));
            }
        }

        void mapDate(Resource node, DateValue date) {
            node.addProperty(Ent.dateValue, date.value())
                    .addProperty(Ent.dateGranularity, Ent.granularity(date.granularity()))
                    .addLiteral(Ent.earliest, dateTime(date.earliest()))
                    .addLiteral(Ent.latest, dateTime(date.latestExclusive()));
            if (date.text() != null) {
                node.addProperty(Ent.dateText, date.text(), "en");
            }
        }

        void mapClaim(Claim c) {
            Resource node = model.createResource(Ent.claim(article.id(), c.id()))
                    .addProperty(RDF.type, Ent.Claim)
                    .addProperty(RDFS.label, "claim " + c.id() + ": " + situationLabel(c.about()), "en")
                    .addProperty(Ent.about, situationNode(c.about()))
                    .addProperty(Ent.factuality, Ent.factuality(c.factuality()))
                    .addProperty(Ent.producedBy, set.producedBy())
                    .addLiteral(Ent.confidence, model.createTypedLiteral(
                            BigDecimal.valueOf(c.confidence() == null ? 1.0 : c.confidence()), XSDDatatype.XSDdecimal))
                    .addProperty(Ent.wasDerivedFrom, articleNode);
            if (c.source() != null) {
                node.addProperty(Ent.source, entityNode(c.source()));
            }
            for (Evidence e : c.evidence()) {
                node.addProperty(Ent.evidence, spanNode(e));
            }
        }

        Resource spanNode(Evidence e) {
            return model.createResource(Ent.span(article.id(), e.start(), e.end()))
                    .addProperty(RDF.type, Ent.TextSpan)
                    .addProperty(RDFS.label, "\u201C" + abbreviate(e.quote()) + "\u201D", "en")
                    .addProperty(Ent.inArticle, articleNode)
                    .addLiteral(Ent.beginIndex, nonNegative(e.start()))
                    .addLiteral(Ent.endIndex, nonNegative(e.end()))
                    .addProperty(Ent.quote, e.quote());
        }

        /** Describes every entity named, with the entities those refer to in turn. */
        void mapEntities() {
            Deque<String> todo = new ArrayDeque<>(entitiesNamed);
            Set<String> done = new LinkedHashSet<>();
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (!done.add(id)) {
                    continue;
                }
                Entity e = gazetteer.find(id).orElseThrow(() ->
                        new IllegalStateException("unchecked claim set names unknown entity " + id));
                Resource node = model.createResource(Ent.entity(id));
                for (EntityType t : e.allTypes()) {
                    node.addProperty(RDF.type, Ent.type(t));
                }
                node.addProperty(RDFS.label, e.label(), "en");
                e.aliases().forEach(a -> node.addProperty(Ent.alias, a, "en"));
                if (e.description() != null) {
                    node.addProperty(RDFS.comment, e.description(), "en");
                }
                if (e.wikidata() != null) {
                    node.addProperty(Ent.wikidataId, e.wikidata()).addProperty(Ent.schemaSameAs, Ent.wikidata(e.wikidata()));
                }
                if (e.iso3166() != null) {
                    node.addProperty(Ent.iso3166, e.iso3166());
                }
                if (e.country() != null) {
                    node.addProperty(Ent.country, model.createResource(Ent.entity(e.country())));
                    todo.add(e.country());
                }
                if (e.capital() != null) {
                    node.addProperty(Ent.capital, model.createResource(Ent.entity(e.capital())));
                    todo.add(e.capital());
                }
            }
        }

        Resource entityNode(String id) {
            entitiesNamed.add(id);
            return model.createResource(Ent.entity(id));
        }

        Resource situationNode(String id) {
            return model.createResource(Ent.situation(article.id(), id));
        }

        /** A topic or theme: a situation of this claim set if there is one by that id, else an entity. */
        Resource referenceNode(String id) {
            return situations.containsKey(id) ? situationNode(id) : entityNode(id);
        }

        String label(String entityId) {
            return gazetteer.find(entityId).map(Entity::label).orElse(entityId);
        }

        String situationLabel(String id) {
            Situation s = situations.get(id);
            return s.label() != null ? s.label() : derivedLabel(s);
        }

        String derivedLabel(Situation s) {
            String kind = s.type().localName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            List<String> who = s.participants().stream().map(p -> label(p.entity())).distinct().toList();
            StringBuilder b = new StringBuilder(kind);
            if (!who.isEmpty()) {
                b.append(": ").append(String.join(", ", who));
            }
            if (s.date() != null) {
                b.append(" (").append(s.date().value()).append(')');
            }
            return b.toString();
        }
    }

    private static Literal dateTime(LocalDate day) {
        return ResourceFactory.createTypedLiteral(day + "T00:00:00", XSDDatatype.XSDdateTime);
    }

    private static Literal nonNegative(int n) {
        return ResourceFactory.createTypedLiteral(BigInteger.valueOf(n).toString(), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String abbreviate(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
