package org.entente.extract.events;

import java.util.List;
import java.util.Optional;
import org.entente.claims.EntityType;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * What a lexicon entry asks of its trigger's arguments: an object that is a
 * person, a place, an organisation, a state or a thing ("fired the minister"
 * is a dismissal, "fired a missile" is not), a subject that is an official or
 * a court.
 */
final class Arguments {
    private final Language language;

    Arguments(Language language) {
        this.language = language;
    }

    boolean objectIs(String what, Sentence s, Token t, Actors actors) {
        List<Integer> objects = EventStage.objects(s, t);
        if (what.equals("host") || what.equals("topic")) {
            return true;
        }
        if (objects.isEmpty()) {
            return false;
        }
        for (int o : objects) {
            Optional<Mention> m = actors.at(s.index(), o);
            boolean ok = switch (what) {
                case "person" -> m.map(x -> actors.isPerson(x.entity())).orElse(false) || s.token(o).isNoun() && language.namesPeople(s.token(o).lemma());
                case "place" -> m.map(x -> actors.isPlace(x.entity())).orElse(false)
                        || "LOCATION".equals(s.token(o).ner()) || language.placeNouns().contains(s.token(o).lemma());
                case "organisation" -> m.map(x -> actors.is(x.entity(), EntityType.IntergovernmentalOrganisation)
                        || actors.is(x.entity(), EntityType.Organisation) || actors.is(x.entity(), EntityType.Coalition)
                        || actors.is(x.entity(), EntityType.GovernmentBody)).orElse(false)
                        || "ORGANIZATION".equals(s.token(o).ner());
                case "state" -> m.map(x -> actors.isState(x.entity())).orElse(false);
                case "thing" -> m.isEmpty() && !actors.anyAt(s.index(), o) && !"PERSON".equals(s.token(o).ner());
                // "arranged talks between Chile and Peru": what two others do, brought about by a third
                case "mediated" -> s.token(o).isNoun() && language.mediatedNouns().contains(s.token(o).lemma())
                        && s.dependents(o).stream().anyMatch(d -> d.relation().equals("nmod:between"));
                default -> throw new IllegalStateException("unknown objectIs '" + what + "'");
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    boolean subjectIs(String what, Sentence s, Token t, Actors actors) {
        for (Dependency d : s.dependents(subjectBearer(s, t))) {
            if (!d.relation().startsWith("nsubj") || d.relation().equals("nsubj:pass")) {
                continue;
            }
            Token subject = s.token(d.dependent());
            Optional<Mention> m = actors.at(s.index(), d.dependent());
            boolean ok = switch (what) {
                case "official" -> m.map(x -> actors.isPolitical(x.entity())).orElse(false) && !counted(s, subject, m.get());
                case "court" -> language.courtNouns().contains(subject.lemma())
                        || m.map(x -> actors.entity(x.entity()).map(e -> e.label().toLowerCase().contains("court")).orElse(false))
                        .orElse(false);
                // "protesters clashed with the police": a crowd, whom no one names
                case "crowd" -> m.isEmpty() && language.crowdNouns().contains(subject.lemma());
                default -> throw new IllegalStateException("unknown subjectIs '" + what + "'");
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a people named by its demonym is counted, so that it is a crowd
     * and not its state: "thousands of Bolivians", "many Peruvians", "200
     * Chileans".
     */
    private static boolean counted(Sentence s, Token subject, Mention m) {
        return m.kind() == Mention.Kind.DEMONYM && subject.tag().endsWith("S") && s.dependents(subject.index()).stream()
                .anyMatch(d -> d.relation().matches("det:qmod|nummod") || d.relation().equals("amod")
                        && s.token(d.dependent()).lemma().matches("many|several|numerous|few|hundreds|thousands|dozens"));
    }

    /**
     * Where a trigger's subject hangs: a verb's own, a noun's on the verb that
     * carries it, also through a noun that holds it ("sent a note of protest").
     */
    private static int subjectBearer(Sentence s, Token t) {
        int k = t.index();
        for (int step = 0; step < 2 && !s.token(k).isVerb(); step++) {
            int up = -1;
            for (Dependency d : s.heads(k)) {
                if (d.head() >= 0 && d.relation().matches("obj|nmod:of")) {
                    up = d.head();
                }
            }
            if (up < 0) {
                return t.index();
            }
            k = up;
        }
        return s.token(k).isVerb() ? k : t.index();
    }
}
