package org.entente.extract.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.time.EnglishDateWords;

/**
 * The parse repairs ({@link ParseRepairs}) that give a clause the subject it
 * has: a subject taken for an apposition or run into the opening phrase
 * before it, a name joined to the state of the name before it, a subject's
 * conjunct taken for an oblique, a day taken for the subject, an
 * oblique taken for the subject of an infinitive, and a relative "who" hung from a thing
 * instead of the person named before it.
 */
final class SubjectRepairs {
    private SubjectRepairs() {
    }

    /** Mends the subjects of one parsed sentence in place, after the repairs of its clauses. */
    static void mend(List<Token> tokens, List<Dependency> arcs) {
        subjectsTakenForAppositions(tokens, arcs);
        subjectsRunIntoOpeningPhrases(tokens, arcs);
        namesJoinedToTheStateOfTheFirst(tokens, arcs);
        conjunctsOfSubjectsTakenForObliques(tokens, arcs);
        timesTakenForSubjects(tokens, arcs);
        relativesOfPeopleHungFromThings(tokens, arcs);
        obliquesTakenForSubjectsOfInfinitives(tokens, arcs);
    }

    /**
     * "Peru and Chile agreed on Wednesday to reopen the border", "Bolivia
     * called on both countries to respect it": the parser at times makes the
     * words after the preposition the subject of the infinitive, marked by
     * the preposition. They are made an oblique of the verb above, and the
     * infinitive its complement, done by them ("called on both countries to
     * respect") or, when they are a day, by the verb's own subjects.
     */
    private static void obliquesTakenForSubjectsOfInfinitives(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency subject : List.copyOf(arcs)) {
            int noun = subject.dependent();
            int verb = subject.head();
            if (verb < 0 || !subject.relation().equals("nsubj") || noun < 1) {
                continue;
            }
            Dependency preposition = arcs.stream().filter(a -> a.head() == verb && a.relation().equals("mark") && a.dependent() < noun
                    && tokens.get(a.dependent()).tag().equals("IN") && onlyModifiersBetween(arcs, a.dependent(), noun))
                    .findFirst().orElse(null);
            Dependency clause = arcs.stream().filter(a -> a.dependent() == verb && a.head() >= 0 && a.relation().startsWith("advcl"))
                    .findFirst().orElse(null);
            boolean infinitive = arcs.stream().anyMatch(a -> a.head() == verb && a.relation().equals("mark")
                    && a.dependent() > noun && tokens.get(a.dependent()).word().equalsIgnoreCase("to"));
            // not "for NATO members to increase spending", where the words after "for" are the infinitive's subject
            boolean day = tokens.get(noun).word().matches(CALENDAR_NAME);
            if (preposition == null || clause == null || !infinitive || clause.head() > preposition.dependent()
                    || !day && !tokens.get(preposition.dependent()).word().matches("(?i)on|upon")) {
                continue;
            }
            int above = clause.head();
            String on = tokens.get(preposition.dependent()).word().toLowerCase();
            arcs.removeAll(List.of(subject, preposition, clause));
            arcs.add(new Dependency(above, noun, "obl:" + on));
            arcs.add(new Dependency(noun, preposition.dependent(), "case"));
            arcs.add(new Dependency(above, verb, "xcomp"));
            if (!day) {
                arcs.add(new Dependency(verb, noun, "nsubj:xsubj"));
                continue;
            }
            for (Dependency s : List.copyOf(arcs)) {
                if (s.head() == above && s.relation().equals("nsubj")) {
                    arcs.add(new Dependency(verb, s.dependent(), "nsubj:xsubj"));
                }
            }
        }
    }

    /** Whether every word strictly between two tokens depends on the second: "on both countries". */
    private static boolean onlyModifiersBetween(List<Dependency> arcs, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            int word = k;
            if (arcs.stream().noneMatch(a -> a.dependent() == word && a.head() == to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Who" speaks of a person. In "X held a call with President Y, who urged
     * him to ..." the parser at times hangs the relative clause from "call";
     * when "who" follows a comma after a name and the noun it was hung from is
     * no name, the clause is made the name's, and the name what "who" stands
     * for in it.
     */
    private static void relativesOfPeopleHungFromThings(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency ref : List.copyOf(arcs)) {
            int who = ref.dependent();
            int noun = ref.head();
            if (!ref.relation().equals("ref") || noun < 0 || who < 2 || !tokens.get(who).word().equalsIgnoreCase("who")
                    || !tokens.get(who - 1).word().equals(",") || !tokens.get(who - 2).tag().startsWith("NNP")
                    || tokens.get(noun).tag().startsWith("NNP") || noun == who - 2) {
                continue;
            }
            int name = who - 2;
            Set<Integer> verbs = new HashSet<>();
            arcs.stream().filter(a -> a.head() == noun && a.relation().equals("acl:relcl") && a.dependent() > who)
                    .forEach(a -> verbs.add(a.dependent()));
            for (Dependency a : List.copyOf(arcs)) {
                boolean clause = a.head() == noun && a.relation().equals("acl:relcl") && verbs.contains(a.dependent());
                boolean inside = a.dependent() == noun && verbs.contains(a.head());
                if (a.equals(ref) || clause) {
                    arcs.remove(a);
                    arcs.add(new Dependency(name, a.dependent(), a.relation()));
                } else if (inside) {
                    arcs.remove(a);
                    arcs.add(new Dependency(a.head(), name, a.relation()));
                }
            }
        }
    }

    /**
     * A day or month opening a sentence after "this", "last" or "next", with
     * no comma after it, is its time, not its subject: in "This Thursday the
     * Andean Commission criticized the move" the parser at times makes
     * "Thursday" the subject and hangs the body from it. The word it hangs
     * from it is made the subject, and the day the verb's time.
     */
    private static void timesTakenForSubjects(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency subject : List.copyOf(arcs)) {
            int time = subject.dependent();
            int verb = subject.head();
            // "This Thursday", "Last Monday" opening the sentence: a determiner of time, so no "Theresa May, ..."
            if (verb < 0 || !subject.relation().equals("nsubj") || time != 1 || !tokens.get(time).word().matches(CALENDAR_NAME)
                    || !tokens.get(0).word().matches("(?i)this|last|next|that")) {
                continue;
            }
            Dependency hung = arcs.stream().filter(a -> a.head() == time && a.relation().matches("dep|appos") && a.dependent() > time
                    && a.dependent() < verb && tokens.get(a.dependent()).tag().startsWith("NN")
                    && tokens.subList(time + 1, a.dependent()).stream().noneMatch(t -> t.word().equals(","))).findFirst().orElse(null);
            if (hung != null) {
                arcs.remove(subject);
                arcs.remove(hung);
                arcs.add(new Dependency(verb, time, "obl:tmod"));
                arcs.add(new Dependency(verb, hung.dependent(), "nsubj"));
            }
        }
    }

    /**
     * A word joined to a verb's subject is a subject of that verb too. In "On
     * Sunday Presidents X of Chile and Y of Bolivia signed" the parser at
     * times gives Y the oblique of the opening phrase ("on") instead, though Y
     * has no preposition of its own; that oblique is made a subject.
     */
    private static void conjunctsOfSubjectsTakenForObliques(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency join : List.copyOf(arcs)) {
            if (join.head() < 0 || !join.relation().startsWith("conj")) {
                continue;
            }
            int second = join.dependent();
            if (arcs.stream().anyMatch(a -> a.head() == second && a.relation().equals("case"))) {
                // a preposition of its own: an oblique indeed
                continue;
            }
            for (Dependency subject : List.copyOf(arcs)) {
                if (subject.dependent() != join.head() || !subject.relation().startsWith("nsubj")) {
                    continue;
                }
                Dependency oblique = arcs.stream().filter(a -> a.head() == subject.head() && a.dependent() == second
                        && a.relation().startsWith("obl")).findFirst().orElse(null);
                if (oblique != null) {
                    arcs.remove(oblique);
                    if (!arcs.contains(new Dependency(subject.head(), second, subject.relation()))) {
                        arcs.add(new Dependency(subject.head(), second, subject.relation()));
                    }
                }
            }
        }
    }

    /**
     * In "Presidents Ana Ruiz of Chile and Luis Paz of Peru signed" the
     * parser at times joins "Luis Paz" to "Chile", as if the first president
     * were of both. A name of several words (not one tagged other than a
     * person's) joined to what a name before it is "of", and itself followed by
     * "of", is joined to that first name instead, with the
     * place it is of, and takes the first name's place in the clause (its
     * subject, object or oblique).
     */
    private static void namesJoinedToTheStateOfTheFirst(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency join : List.copyOf(arcs)) {
            int state = join.head();
            int second = join.dependent();
            String ner = tokens.get(second).ner();
            // a person's name of more than one word ("Ramona Quispe", "Prime Minister"), not "Trade and Industry of Singapore"
            boolean named = arcs.stream().anyMatch(a -> a.head() == second && a.relation().equals("compound")
                    && tokens.get(a.dependent()).tag().startsWith("NNP")) && (ner == null || ner.equals("O") || ner.equals("PERSON"));
            if (state < 0 || !join.relation().startsWith("conj") || !tokens.get(second).tag().startsWith("NNP") || !named
                    || second + 1 >= tokens.size() || !tokens.get(second + 1).word().equals("of")) {
                continue;
            }
            Dependency of = arcs.stream().filter(a -> a.dependent() == state && a.relation().equals("nmod:of") && a.head() >= 0
                    && a.head() < state && tokens.get(a.head()).tag().startsWith("NNP")).findFirst().orElse(null);
            if (of == null) {
                continue;
            }
            int first = of.head();
            arcs.remove(join);
            arcs.remove(new Dependency(first, second, "nmod:of"));
            arcs.add(new Dependency(first, second, join.relation()));
            for (Dependency place : List.copyOf(arcs)) {
                // "of Peru" after the second name is its own, wherever the parser hung it
                if (place.head() == state && place.relation().equals("nmod:of") && place.dependent() > second) {
                    arcs.remove(place);
                    arcs.add(new Dependency(second, place.dependent(), "nmod:of"));
                }
            }
            for (Dependency role : List.copyOf(arcs)) {
                if (role.dependent() == first && role.head() >= 0 && role.relation().matches("nsubj.*|obj|iobj|obl.*")
                        && !arcs.contains(new Dependency(role.head(), second, role.relation()))) {
                    arcs.add(new Dependency(role.head(), second, role.relation()));
                }
            }
        }
    }

    /**
     * A name set off by a comma after an opening phrase and followed at once by
     * a finite verb is the verb's subject: in "In welcoming the offer of talks
     * with Chile, Ramona Quispe stressed ..." the parser at times hangs "Ramona
     * Quispe" from "Chile" as an apposition and gives "stressed" a subject from
     * inside the opening phrase, or none. An apposition proper is closed by a
     * comma of its own before the verb ("Chile's president, Tomas Arancibia,
     * said"), so one that runs straight into the verb is rehung as its subject,
     * and a subject the parser found before it, inside the opening phrase, is
     * left a bare dependent.
     */
    private static void subjectsTakenForAppositions(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int name = d.dependent();
            if (d.head() < 0 || d.head() >= name || !d.relation().equals("appos") || !tokens.get(name).tag().startsWith("NNP")
                    || !isCommaBefore(tokens, name)) {
                continue;
            }
            int verb = lastOfPhrase(name, arcs) + 1;
            if (verb >= tokens.size() || !tokens.get(verb).tag().matches("VBD|VBZ|VBP|MD")) {
                continue;
            }
            int apposHead = d.head();
            for (int k = 0; k < arcs.size(); k++) {
                Dependency a = arcs.get(k);
                if (a.head() == verb && a.relation().matches("nsubj|nsubj:pass") && a.dependent() < apposHead) {
                    arcs.set(k, new Dependency(verb, a.dependent(), "dep"));
                }
            }
            arcs.set(i, new Dependency(verb, name, "nsubj"));
        }
    }

    /** Day and month names, which head an opening phrase though tagged as names: "on Sunday", "in March". */
    private static final String CALENDAR_NAME = "(?i)" + EnglishDateWords.WEEKDAYS + "|" + EnglishDateWords.MONTHS_IN_FULL;

    /**
     * A name right after an opening phrase with no comma between is the verb's
     * subject: in "On state television Ramona Quispe attacked the plan" or
     * "where on Sunday President Tomas Arancibia signed it" the parser at times
     * reads the phrase and the name as one name, hung from the verb by the
     * preposition, and leaves the verb without a subject. When the verb has
     * none, and the preposition is followed by common nouns or a day or month
     * and then names only, the name is made the subject and the last common
     * noun, or the day, the head of the opening phrase, taking the words before
     * it.
     */
    private static void subjectsRunIntoOpeningPhrases(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int name = d.dependent();
            int verb = d.head();
            if (verb < 0 || name > verb || !d.relation().startsWith("obl") || !tokens.get(name).tag().startsWith("NNP")
                    || !tokens.get(verb).tag().startsWith("VB")
                    || arcs.stream().anyMatch(a -> a.head() == verb && a.relation().matches("nsubj.*|csubj.*|expl"))) {
                continue;
            }
            int preposition = arcs.stream().filter(a -> a.head() == name && a.relation().equals("case")).mapToInt(Dependency::dependent)
                    .findFirst().orElse(-1);
            int noun = name - 1;
            while (noun > preposition + 1 && tokens.get(noun).tag().startsWith("NNP")) {
                noun--;
            }
            boolean headed = noun > preposition && (tokens.get(noun).tag().matches("NNS?")
                    || tokens.get(noun).tag().startsWith("NNP") && tokens.get(noun).word().matches(CALENDAR_NAME));
            int head = noun;
            int nounHead = arcs.stream().filter(a -> a.dependent() == head).mapToInt(Dependency::head).findFirst().orElse(-1);
            if (preposition < 0 || !headed || nounHead <= noun || nounHead > name) {
                continue;
            }
            for (int k = preposition + 1; k < noun; k++) {
                if (!tokens.get(k).tag().matches("DT|JJ.?|NNS?|PRP\\$|CD")) {
                    headed = false;
                }
            }
            if (!headed) {
                continue;
            }
            for (int k = 0; k < arcs.size(); k++) {
                Dependency a = arcs.get(k);
                boolean inPhrase = a.dependent() >= preposition && a.dependent() < noun;
                if (k == i) {
                    arcs.set(k, new Dependency(verb, noun, d.relation()));
                } else if (a.dependent() == noun) {
                    arcs.set(k, new Dependency(verb, name, "nsubj"));
                } else if (inPhrase && a.head() > noun && a.head() <= name) {
                    arcs.set(k, new Dependency(noun, a.dependent(), a.relation()));
                }
            }
        }
    }

    /** Whether a comma comes right before the first word of the name phrase ending at {@code name}: "Chile, Ramona Quispe". */
    private static boolean isCommaBefore(List<Token> tokens, int name) {
        int k = name;
        while (k > 0 && tokens.get(k - 1).tag().startsWith("NNP")) {
            k--;
        }
        return k > 0 && tokens.get(k - 1).word().equals(",");
    }

    /** The last token of the phrase a token heads. */
    private static int lastOfPhrase(int head, List<Dependency> arcs) {
        int last = head;
        boolean grew = true;
        Set<Integer> inside = new HashSet<>(List.of(head));
        while (grew) {
            grew = false;
            for (Dependency a : arcs) {
                if (a.head() >= 0 && inside.contains(a.head()) && !a.relation().equals("punct") && inside.add(a.dependent())) {
                    last = Math.max(last, a.dependent());
                    grew = true;
                }
            }
        }
        return last;
    }
}
