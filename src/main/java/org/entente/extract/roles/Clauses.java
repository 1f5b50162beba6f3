package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;
import org.entente.extract.time.EnglishDateWords;

/**
 * Where a token sits in the clause around it, read from the parse: the
 * clause's verb above a noun, its subject and objects, a head's dependents by
 * relation, and whether a token names a time. The frames of verbs and nouns
 * and whom an act is put down to are built from these.
 */
final class Clauses {
    private Clauses() {
    }

    /**
     * The subject and the objects of the clause a noun sits in as a modifier
     * ("in a phone call in late July, Trump urged Zelensky": Trump and
     * Zelensky), or the subject alone when the clause has no object.
     */
    static List<Integer> sidesOfTheClause(Sentence s, int t) {
        int clause = clauseOf(s, t);
        if (clause < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(dependents(s, clause, "nsubj"));
        if (!out.isEmpty()) {
            out.addAll(s.dependents(clause).stream().filter(d -> d.relation().matches("obj|iobj") && d.dependent() != t)
                    .map(Dependency::dependent).toList());
        }
        return out;
    }

    /**
     * The subject of the clause a noun is told in: an exchange named with one
     * side only ("briefed Xi on communications with US officials") has it as
     * its other side.
     */
    static List<Integer> subjectOfTheClause(Sentence s, int t) {
        int clause = clauseOf(s, t);
        return clause < 0 ? List.of() : dependents(s, clause, "nsubj");
    }

    /**
     * The verb, or the noun with a subject of its own ("their cooperation a
     * factor in the talks"), that a noun hangs from as an object or oblique,
     * at most three steps up; -1 when there is none.
     */
    private static int clauseOf(Sentence s, int t) {
        int k = t;
        for (int steps = 0; steps < 3; steps++) {
            Dependency up = s.heads(k).stream().filter(d -> d.head() >= 0 && d.relation().matches("obj|obl.*|nmod.*"))
                    .findFirst().orElse(null);
            if (up == null) {
                return -1;
            }
            k = up.head();
            if (s.token(k).isVerb() || !dependents(s, k, "nsubj").isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Who does what an infinitive tells, given the parser's pick: its pick,
     * the object of the verb above, when that verb hands the act to its object
     * ("urged Peru to withdraw", {@link Language#objectControlVerbs()}) and
     * the object is no thing, which does nothing; else the subject of the verb
     * above ("sued the prosecutor to block the release", "used the full force
     * of the law to bring them to justice", "announced plans to withdraw").
     */
    static List<Integer> controller(Sentence s, int infinitive, int picked, Language language) {
        for (Dependency up : s.heads(infinitive)) {
            if (up.relation().equals("xcomp") && s.hangsFrom(picked, up.head(), "obj")
                    && (!language.objectControlVerbs().contains(s.token(up.head()).lemma()) || isThing(s.token(picked), language))) {
                return dependents(s, up.head(), "nsubj");
            }
        }
        return List.of(picked);
    }

    /** Whether a noun names a thing, which does nothing: no person, no people, no body of a state. */
    private static boolean isThing(Token noun, Language language) {
        return noun.tag().matches("NNS?") && !"PERSON".equals(noun.ner()) && !language.namesPeople(noun.lemma())
                && language.bodyNouns().stream().noneMatch(nouns -> nouns.contains(noun.lemma()));
    }

    static List<Integer> dependents(Sentence s, int head, String relation) {
        return s.dependents(head).stream().filter(d -> d.relation().equals(relation)).map(Dependency::dependent).toList();
    }

    static boolean isTime(Sentence s, int token) {
        return "DATE".equals(s.token(token).ner()) || s.token(token).lemma().matches(EnglishDateWords.WEEKDAYS + "|"
                + EnglishDateWords.MONTHS_IN_FULL + "|day|week|month|year|today|yesterday|tomorrow");
    }

    /**
     * Whom a verb's act answers: the author of what it or its subject responds
     * or reacts to, "responding to Peru's statement", "in response to Peru's
     * remarks", or the one responded to, "reacting to Peru".
     */
    static List<Integer> respondedTo(Sentence s, int verb, Language language) {
        List<Integer> out = new ArrayList<>();
        List<Dependency> around = new ArrayList<>(s.dependents(verb));
        // "Arancibia, responding to Peru's statement, attacked ...": the parser hangs the participle on the subject
        dependents(s, verb, "nsubj").forEach(subject -> around.addAll(s.dependents(subject)));
        for (Dependency d : around) {
            List<Integer> answered = new ArrayList<>();
            boolean response = language.responseWords().contains(s.token(d.dependent()).lemma());
            if (d.relation().matches("advcl(:.*)?|dep|acl") && response && s.token(d.dependent()).isVerb()) {
                answered.addAll(dependents(s, d.dependent(), "obl:to"));
            } else if (d.relation().matches("obl:(in_response_to|in_reply_to|in_reaction_to)")) {
                answered.add(d.dependent());
            } else if (d.relation().equals("obl:in") && response && s.token(d.dependent()).isNoun()) {
                answered.addAll(s.dependents(d.dependent()).stream().filter(a -> a.relation().equals("nmod:to")).map(Dependency::dependent).toList());
            }
            for (int noun : answered) {
                List<Integer> authors = s.dependents(noun).stream().filter(a -> a.relation().matches("nmod:(poss|by|from)"))
                        .map(Dependency::dependent).toList();
                out.addAll(authors.isEmpty() ? List.of(noun) : authors);
            }
        }
        return out;
    }
}
