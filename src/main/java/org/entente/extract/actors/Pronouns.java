package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * Personal pronouns and possessives, resolved to the actors they stand for,
 * looking back over what the article has named ({@link Cast}); "they" to a
 * pair joined by "and" ({@link Pairs}). Keeps the gender pronouns gave people
 * ({@link Genders}), so lives for one article.
 */
final class Pronouns {
    /** Markers of a clause that stands for an "it" before any predicate: "it would be a disgrace if ...". */
    private static final Set<String> CONDITION_MARKS = Set.of("if", "whether");
    /** Markers of a clause that stands for an "it" before a noun or an impersonal adjective: "it is clear that ...". */
    private static final Set<String> IMPERSONAL_MARKS = Set.of("if", "whether", "that", "to");
    private final Language language;
    private final Cast cast;
    /** Actors joined by "and", which "they" may mean. */
    private final Pairs pairs;
    /** Whom "he" and "she" may mean. */
    private final Genders genders;

    Pronouns(Language language, Cast cast, Pairs pairs) {
        this.language = language;
        this.cast = cast;
        this.pairs = pairs;
        this.genders = new Genders(cast);
    }

    /**
     * Personal pronouns and possessives, resolved to the nearest actor before
     * them that fits ("she" not to one already called "he"); "they" and
     * "their" to the nearest actors joined by "and".
     */
    List<Mention> resolve(Sentence s, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.tag().startsWith("PRP") || ActorStage.covered(known, t.index())) {
                continue;
            }
            String w = t.word().toLowerCase();
            if (t.begin() > 0 && cast.text().charAt(t.begin() - 1) == ']') {
                // "[T]he": the rest of a word an editor bracketed, no pronoun
                continue;
            }
            boolean personal = language.personPronouns().contains(w);
            char gender = w.startsWith("s") || w.startsWith("her") ? 'f' : 'm';
            String entity = OwnPossessives.owner(s, t.index(), personal, known, cast).orElse(null);
            if (entity != null) {
                if (personal) {
                    genders.heard(entity, gender);
                }
            } else if (personal) {
                entity = subjectAhead(s, t.index(), known, gender);
                if (entity == null) {
                    entity = latestPerson(s, t.index(), known, gender);
                }
                if (entity == null && t.index() < 4) {
                    // "He said Arancibia ..." may name him after; "He was met by Arancibia" names another
                    entity = known.stream().filter(m -> m.start() > t.index() && cast.isPerson(m.entity())
                                    && !coArguments(s, t.index(), m.head()))
                            .map(Mention::entity).findFirst().orElse(null);
                }
                if (entity != null) {
                    genders.heard(entity, gender);
                }
            } else if (language.thingPronouns().contains(w) && !expletive(s, t.index())) {
                entity = latestBody(s, t.index(), known);
            } else if (language.pluralPronouns().contains(w)) {
                for (String each : latestCoordination(s, t.index(), known)) {
                    out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), each, Mention.Kind.PRONOUN));
                }
            }
            if (entity != null) {
                out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), entity, Mention.Kind.PRONOUN));
            }
        }
        return out;
    }

    /**
     * Whether an "it" stands for nothing: "it is clear that ...", "it would be
     * an outrage if ...", "it is time to ...", the subject of a predicate whose
     * real subject is the clause after it. A clause after an adjective of
     * readiness or feeling ("it was ready to resume talks", "it was concerned
     * that") leaves the "it" an actor: only a noun ("a disgrace", "time") or an
     * adjective of likelihood or need ({@link Language#impersonalAdjectives()}) takes the clause
     * for its subject, and "if" and "whether" clauses always do.
     */
    private boolean expletive(Sentence s, int pronoun) {
        if (!s.token(pronoun).word().equalsIgnoreCase("it")) {
            return false;
        }
        for (Dependency up : s.heads(pronoun)) {
            if (up.relation().equals("expl")) {
                return true;
            }
            if (!up.relation().equals("nsubj") || up.head() < 0 || s.dependents(up.head()).stream().noneMatch(d -> d.relation().equals("cop"))) {
                continue;
            }
            Token predicate = s.token(up.head());
            boolean impersonal = predicate.isNoun() || language.impersonalAdjectives().contains(predicate.lemma());
            for (Dependency d : s.dependents(up.head())) {
                if (d.relation().matches("csubj(:.*)?")) {
                    return true;
                }
                if (d.relation().matches("(ccomp|advcl|xcomp|acl)(:.*)?")
                        && s.markedBy(d.dependent(), impersonal ? IMPERSONAL_MARKS : CONDITION_MARKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The subject a possessive looks ahead to: "In his statement, President
     * Mamani called ..." is Mamani's statement, whoever was named before. Only
     * for a phrase put before the subject of the verb it belongs to.
     */
    private String subjectAhead(Sentence s, int pronoun, List<Mention> here, char gender) {
        if (!s.token(pronoun).tag().equals("PRP$")) {
            return null;
        }
        for (Dependency owned : s.heads(pronoun)) {
            if (!owned.relation().equals("nmod:poss")) {
                continue;
            }
            int noun = owned.head();
            for (Dependency phrase : s.heads(noun)) {
                String subject = phrase.relation().startsWith("obl") && phrase.head() > noun
                        ? personSubjectAfter(s, phrase.head(), noun, here, gender) : null;
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** The person named as a verb's subject after a point of its sentence whom a pronoun of this gender may mean. */
    private String personSubjectAfter(Sentence s, int verb, int after, List<Mention> here, char gender) {
        return s.dependents(verb).stream().filter(d -> d.relation().equals("nsubj") && d.dependent() > after)
                .flatMap(d -> here.stream().filter(m -> m.head() == d.dependent()))
                .filter(m -> cast.isPerson(m.entity()) && genders.fits(m.entity(), gender))
                .map(Mention::entity).findFirst().orElse(null);
    }

    /**
     * The person last named before a point of the article, preferring this
     * sentence, whom a pronoun of this gender may mean: one already called
     * "she" is not "he", and the other way round.
     */
    private String latestPerson(Sentence s, int token, List<Mention> here, char gender) {
        int sentence = s.index();
        Predicate<Mention> fits = m -> cast.isPerson(m.entity()) && genders.fits(m.entity(), gender)
                && (m.sentence() != sentence || !subjectOfItsVerb(s, token, m));
        if (here.stream().anyMatch(m -> m.start() < token && fits.test(m))) {
            return cast.latest(sentence, token, here, fits);
        }
        String subject = subjectOfLastSentence(sentence, fits);
        return subject != null ? subject : cast.latest(sentence, token, here, fits);
    }

    /**
     * The subject among the fitting people of the latest sentence before this
     * one that names any: a pronoun opening a sentence more often carries on
     * its subject than the last name in it ("President X pledged to convert
     * the Y Museum ... He announced": he is X, even where Y was read as a
     * person). Null when that sentence was not parsed or its subject does not fit.
     */
    private String subjectOfLastSentence(int sentence, Predicate<Mention> fits) {
        for (int i = cast.seen().size() - 1; i >= 0; i--) {
            Mention m = cast.seen().get(i);
            if (m.sentence() < sentence - 3) {
                return null;
            }
            if (m.sentence() < sentence && fits.test(m)) {
                Sentence s = cast.sentence(m.sentence());
                return s == null ? null : cast.seen().stream().filter(x -> x.sentence() == m.sentence() && fits.test(x) && isSubject(s, x))
                        .map(Mention::entity).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static boolean isSubject(Sentence s, Mention m) {
        return s.heads(m.head()).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
    }

    /**
     * The state, body or group last named before a point of the article;
     * in its own sentence, a subject or possessor first ("China's stance on
     * the Ukraine war and its efforts": its is China's); else, in the sentence
     * before, the subject of its main verb, failing which the last named in
     * the two sentences before.
     */
    private String latestBody(Sentence s, int token, List<Mention> here) {
        int sentence = s.index();
        String fallback = null;
        for (int i = here.size() - 1; i >= 0; i--) {
            Mention m = here.get(i);
            if (m.start() < token && m.kind() != Mention.Kind.DEMONYM && cast.isBody(m.entity()) && !subjectOfItsVerb(s, token, m)) {
                boolean prominent = s.heads(m.head()).stream().anyMatch(d -> d.relation().matches("nsubj|nsubj:pass|nmod:poss"));
                if (prominent) {
                    return m.entity();
                }
                if (fallback == null) {
                    fallback = m.entity();
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        // in the sentences before, the body that was the subject of the main verb ("The Front attacked an army base.
        // It demanded ..."; not "Peru said Chile had closed the border. It demanded ..."), else the last one named
        String last = null;
        for (int i = cast.seen().size() - 1; i >= 0; i--) {
            Mention m = cast.seen().get(i);
            if (m.sentence() < sentence - 2 || last != null && m.sentence() < sentence - 1) {
                break;
            }
            if (m.kind() != Mention.Kind.DEMONYM && cast.isBody(m.entity())) {
                Sentence there = cast.sentence(m.sentence());
                if (there != null && there.heads(m.head()).stream().anyMatch(d -> d.relation().startsWith("nsubj") && d.head() >= 0
                        && there.heads(d.head()).stream().anyMatch(r -> r.head() < 0))) {
                    return m.entity();
                }
                last = last == null ? m.entity() : last;
            }
        }
        return last;
    }

    /**
     * A state told by a person's possessive is that person's country: "her
     * country", "his government" are the state of the one the pronoun stands
     * for, not the state the article is about, where that person's country is
     * known. Replaces the description's reading in place.
     */
    void ownersStates(Sentence s, List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention d = found.get(i);
            if (d.kind() != Mention.Kind.DESCRIPTION || d.entity() == null || !cast.isState(d.entity())) {
                continue;
            }
            for (Dependency poss : s.dependents(d.head())) {
                if (!poss.relation().equals("nmod:poss")) {
                    continue;
                }
                String country = found.stream()
                        .filter(m -> m.kind() == Mention.Kind.PRONOUN && m.covers(poss.dependent()) && cast.isPerson(m.entity()))
                        .findFirst().map(m -> cast.countryOf(m.entity())).orElse(null);
                if (country != null && cast.isState(country) && !country.equals(d.entity())) {
                    found.set(i, new Mention(d.sentence(), d.start(), d.end(), d.head(), country, d.kind()));
                }
            }
        }
    }

    /**
     * The actors of the latest coordination before a point ("China and
     * Russia", "Iran, Iraq and Syria"): what "they" and "their" stand for. In
     * the same sentence first, then the one before, but only when no plural
     * noun in this sentence comes first ("officials ... they" is about the
     * officials); empty when no two actors are joined by "and" or "or".
     */
    private List<String> latestCoordination(Sentence s, int token, List<Mention> here) {
        List<Mention> before = here.stream().filter(m -> m.start() < token).toList();
        List<String> pair = pairs.coordination(s, before);
        boolean pluralBefore = s.tokens().stream().anyMatch(t -> t.index() < token && t.tag().matches("NNP?S"));
        if (pair.isEmpty() && s.index() > 0 && !pluralBefore) {
            Sentence previous = cast.sentence(s.index() - 1);
            if (previous != null) {
                pair = pairs.coordination(previous, cast.seen().stream().filter(m -> m.sentence() == previous.index()).toList());
            }
        }
        return pair;
    }

    /**
     * Whether a pronoun is the object of a verb whose subject is the mention:
     * "Peru condemned it" is not Peru condemning itself, nor "Arancibia
     * praised him" Arancibia praising himself, nor "Bolivia called it a
     * mistake" Bolivia calling itself one; nor is "the group is in conflict
     * with it" the group's conflict with itself (a noun said of its subject).
     */
    private static boolean subjectOfItsVerb(Sentence s, int pronoun, Mention m) {
        List<Integer> verbs = new ArrayList<>();
        for (var p : s.heads(pronoun)) {
            if (p.head() >= 0 && p.relation().matches("obj|iobj|obl.*|nmod:(?!poss).*")) {
                verbs.add(p.head());
            } else if (p.head() >= 0 && p.relation().equals("nsubj")) {
                // "Bolivia called it a mistake": the subject of a small clause is the calling verb's object
                s.heads(p.head()).stream().filter(x -> x.head() >= 0 && x.relation().equals("xcomp")).forEach(x -> verbs.add(x.head()));
            }
        }
        for (int i = 0; i < verbs.size(); i++) {
            int verb = verbs.get(i);
            if (s.dependents(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj"))) {
                // "Peru criticised Chile, accusing it of ...": a participle or a joined verb with no subject
                // of its own has the subject of the verb it hangs from, and "it" is not that subject
                s.heads(verb).stream().filter(x -> x.head() >= 0 && !verbs.contains(x.head()) && (x.relation().startsWith("conj")
                        || x.relation().matches("advcl.*|dep") && s.token(verb).tag().equals("VBG"))).forEach(x -> verbs.add(x.head()));
            }
        }
        return s.heads(m.head()).stream().anyMatch(d -> verbs.contains(d.head()) && d.relation().startsWith("nsubj"));
    }

    /** Whether two tokens depend on the same word, as a verb's subject and its object or agent do. */
    private static boolean coArguments(Sentence s, int a, int b) {
        return s.heads(a).stream().anyMatch(x -> x.head() >= 0 && s.heads(b).stream().anyMatch(y -> y.head() == x.head()));
    }
}
