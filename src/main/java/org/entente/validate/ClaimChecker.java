package org.entente.validate;

import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimDocument;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.claims.Participant;
import org.entente.claims.Claim;
import org.entente.claims.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.article.Article;
import org.entente.claims.Entity;
import org.entente.gazetteer.Gazetteer;

/**
 * Checks a claim set against its article and the gazetteer before anything is
 * converted: every quote matches the article at its offsets, every id is unique,
 * every reference resolves to something of the right kind, and every situation
 * rests on at least one claim. All problems are collected, then thrown together.
 */
public final class ClaimChecker {
    private final Gazetteer gazetteer;

    public ClaimChecker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Throws an {@link InputException} listing every problem found, or returns quietly. */
    public void check(ClaimDocument doc, Article article) {
        List<Problem> problems = problems(doc, article);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    public List<Problem> problems(ClaimDocument doc, Article article) {
        Run run = new Run(doc, article);
        run.checkArticle();
        run.checkLocalEntities();
        run.indexSituations();
        run.checkSituations();
        run.checkChains();
        run.checkClaims();
        return run.problems;
    }

    /** The state of one check: what has been seen so far and what is wrong. */
    private final class Run {
        final ClaimDocument doc;
        final ClaimSet set;
        final Article article;
        /** The gazetteer with the article's own entities. */
        final Gazetteer gazetteer;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Situation> situations = new HashMap<>();
        final Map<String, String> pointers = new LinkedHashMap<>();
        final Set<String> claimed = new HashSet<>();

        Run(ClaimDocument doc, Article article) {
            this.doc = doc;
            this.set = doc.claims();
            this.article = article;
            this.gazetteer = ClaimChecker.this.gazetteer.withLocal(set.entities());
        }

        void fail(String pointer, String message) {
            problems.add(doc.problemAt(pointer, message));
        }

        void checkArticle() {
            if (!set.article().equals(article.id())) {
                fail("/article", "claims are for article '" + set.article() + "' but the article is '"
                        + article.id() + "'");
            }
        }

        /**
         * The article's own entities: ids unique, references resolved, and
         * an entity the gazetteer already holds defined with the gazetteer's type.
         */
        void checkLocalEntities() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < set.entities().size(); i++) {
                Entity e = set.entities().get(i);
                String at = "/entities/" + i;
                if (!seen.add(e.id())) {
                    fail(at + "/id", "entity '" + e.id() + "' is defined twice");
                }
                Entity shared = ClaimChecker.this.gazetteer.find(e.id()).orElse(null);
                if (shared != null && shared.type() != e.type()) {
                    fail(at + "/type", "'" + e.id() + "' is a " + shared.type() + " in the gazetteer, not a "
                            + e.type() + "; use another id for a different entity");
                }
                gazetteer.unresolvedReferences(e).forEach(m -> fail(at, "entity '" + e.id() + "': " + m));
            }
        }

        void indexSituations() {
            index(set.events(), "/events", SituationType.Kind.EVENT);
            index(set.relations(), "/relations", SituationType.Kind.RELATIONSHIP);
        }

        private void index(List<Situation> list, String base, SituationType.Kind kind) {
            for (int i = 0; i < list.size(); i++) {
                Situation s = list.get(i);
                String at = base + "/" + i;
                if (situations.putIfAbsent(s.id(), s) != null) {
                    fail(at + "/id", "duplicate situation id '" + s.id() + "'");
                } else if (gazetteer.contains(s.id())) {
                    fail(at + "/id", "situation id '" + s.id() + "' is also an entity id, so topics and "
                            + "themes naming it would be ambiguous; choose another id");
                } else {
                    pointers.put(s.id(), at);
                }
                if (s.type().kind() != kind) {
                    fail(at + "/type", s.type() + " is a " + s.type().kind().name().toLowerCase()
                            + "; move '" + s.id() + "' to the "
                            + (kind == SituationType.Kind.EVENT ? "relations" : "events") + " array");
                }
            }
        }

        /** A situation cannot be, through partOf or after links, part of or after itself. */
        void checkChains() {
            for (var field : List.<Map.Entry<String, Function<Situation, String>>>of(
                    Map.entry("partOf", Situation::partOf), Map.entry("after", Situation::after))) {
                for (Situation start : situations.values()) {
                    Set<String> seen = new HashSet<>();
                    String next = field.getValue().apply(start);
                    while (next != null && situations.containsKey(next) && seen.add(next)) {
                        if (next.equals(start.id())) {
                            fail(pointers.get(start.id()) + "/" + field.getKey(), "'" + start.id() + "' is, through '"
                                    + field.getKey() + "' links, " + field.getKey() + " itself");
                            break;
                        }
                        next = field.getValue().apply(situations.get(next));
                    }
                }
            }
        }

        void checkSituations() {
            checkEach(set.events(), "/events");
            checkEach(set.relations(), "/relations");
        }

        private void checkEach(List<Situation> list, String base) {
            for (int i = 0; i < list.size(); i++) {
                checkSituation(list.get(i), base + "/" + i);
            }
        }

        private void checkSituation(Situation s, String at) {
            Set<Participant> seen = new HashSet<>();
            for (int p = 0; p < s.participants().size(); p++) {
                Participant part = s.participants().get(p);
                if (!seen.add(part)) {
                    fail(at + "/participants/" + p, "participant '" + part.entity() + "' as "
                            + part.role().jsonName() + " is listed twice");
                }
                agent(part.entity(), at + "/participants/" + p + "/entity");
                if (part.actingFor() != null) {
                    agent(part.actingFor(), at + "/participants/" + p + "/actingFor");
                }
            }
            if (s.place() != null) {
                entity(s.place(), at + "/place").filter(e -> !e.isPlace()).ifPresent(e ->
                        fail(at + "/place", "place '" + e.id() + "' is a " + e.type() + ", not a place"));
            }
            for (int t = 0; t < s.topics().size(); t++) {
                reference(s.topics().get(t), at + "/topics/" + t, s.id());
            }
            for (int t = 0; t < s.themes().size(); t++) {
                reference(s.themes().get(t), at + "/themes/" + t, s.id());
            }
            if (!s.isEvent()) {
                Map<String, Object> eventOnly = new LinkedHashMap<>();
                eventOnly.put("place", s.place());
                eventOnly.put("partOf", s.partOf());
                eventOnly.put("after", s.after());
                eventOnly.put("status", s.status());
                eventOnly.forEach((field, value) -> {
                    if (value != null) {
                        fail(at + "/" + field, "'" + field + "' applies to events, not to a " + s.type());
                    }
                });
            } else if (s.stance() != null) {
                fail(at + "/stance", "'stance' applies to relationships, not to a " + s.type());
            }
            if (s.date() != null && s.date().text() != null && !article.text().contains(s.date().text())) {
                fail(at + "/date/text", "date text \"" + s.date().text() + "\" does not occur in the article; quote it verbatim or leave it out");
            }
            if (s.aim() != null) {
                if (s.aim().equals(s.id())) {
                    fail(at + "/aim", "'" + s.aim() + "' refers to itself");
                } else if (!situations.containsKey(s.aim())) {
                    fail(at + "/aim", "'" + s.aim() + "' is not an event or relation of this claim set");
                }
            }
            eventReference(s.partOf(), at + "/partOf", s.id());
            eventReference(s.after(), at + "/after", s.id());
        }

        private void eventReference(String id, String at, String self) {
            if (id == null) {
                return;
            }
            Situation target = situations.get(id);
            if (target == null) {
                fail(at, "'" + id + "' is not an event of this claim set");
            } else if (!target.isEvent()) {
                fail(at, "'" + id + "' is a relationship, not an event");
            } else if (id.equals(self)) {
                fail(at, "'" + id + "' refers to itself");
            }
        }

        private void reference(String id, String at, String self) {
            if (id.equals(self)) {
                fail(at, "'" + id + "' refers to itself");
            } else if (!situations.containsKey(id) && !gazetteer.contains(id)) {
                fail(at, "'" + id + "' is neither a situation of this claim set nor a gazetteer entity");
            }
        }

        private Optional<Entity> entity(String id, String at) {
            var found = gazetteer.find(id);
            if (found.isEmpty()) {
                fail(at, "unknown entity '" + id + "'; add it to data/gazetteer/ or to the claim set's entities, or correct the id");
            }
            return found;
        }

        private void agent(String id, String at) {
            entity(id, at).filter(e -> !e.isAgent()).ifPresent(e ->
                    fail(at, "'" + id + "' is a " + e.type() + ", which cannot act or take part"));
        }

        void checkClaims() {
            Set<String> ids = new HashSet<>();
            int length = article.length();
            for (int i = 0; i < set.claims().size(); i++) {
                Claim c = set.claims().get(i);
                String at = "/claims/" + i;
                if (!ids.add(c.id())) {
                    fail(at + "/id", "duplicate claim id '" + c.id() + "'");
                }
                if (!situations.containsKey(c.about())) {
                    fail(at + "/about", "claim '" + c.id() + "' is about '" + c.about()
                            + "', which is not an event or relation of this claim set");
                }
                claimed.add(c.about());
                if (c.source() != null) {
                    agent(c.source(), at + "/source");
                }
                for (int e = 0; e < c.evidence().size(); e++) {
                    checkEvidence(c.evidence().get(e), at + "/evidence/" + e, length);
                }
            }
            pointers.forEach((id, at) -> {
                if (!claimed.contains(id)) {
                    fail(at + "/id", "'" + id + "' is not the subject of any claim, so nothing in the article supports it");
                }
            });
        }

        private void checkEvidence(Evidence ev, String at, int length) {
            if (ev.end() > length) {
                fail(at + "/end", "offset " + ev.end() + " is past the end of the article (" + length
                        + " code points)");
                return;
            }
            String actual = article.slice(ev.start(), ev.end());
            if (!actual.equals(ev.quote())) {
                fail(at + "/quote", "quote does not match the article at offsets " + ev.start() + ".."
                        + ev.end() + ": the article has \"" + abbreviate(actual) + "\"");
            }
        }
    }

    private static String abbreviate(String s) {
        String flat = s.replace("\n", "\\n");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
