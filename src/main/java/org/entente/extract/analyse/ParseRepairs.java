package org.entente.extract.analyse;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends mistakes the parser is known to make on news sentences, each where
 * its signs are unambiguous, so that the stages after it read the structure
 * the sentence has: a main verb taken for a relative clause, a possessor
 * taken for a subject, a participle tagged as an adjective, a reduced relative left bare, a gerund taken for
 * an adjective, a name joined to the state of the name before it, a subject's conjunct taken for an
 * oblique, a day taken for a subject, a subject taken for
 * an apposition or run into the opening phrase before it.
 */
final class ParseRepairs {
    private ParseRepairs() {
    }

    /** Mends the tokens and arcs of one parsed sentence in place. */
    static void mend(List<Token> tokens, List<Dependency> arcs) {
        mainVerbsTakenForRelatives(tokens, arcs);
        possessorsTakenForSubjects(tokens, arcs);
        participlesWithObjects(tokens, arcs);
        reducedRelatives(tokens, arcs);
        gerundsTakenForModifiers(tokens, arcs);
        subjectsTakenForAppositions(tokens, arcs);
        subjectsRunIntoOpeningPhrases(tokens, arcs);
        namesJoinedToTheStateOfTheFirst(tokens, arcs);
        conjunctsOfSubjectsTakenForObliques(tokens, arcs);
        timesTakenForSubjects(tokens, arcs);
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
            boolean ownPreposition = arcs.stream().anyMatch(a -> a.head() == second && a.relation().equals("case"));
            for (Dependency subject : List.copyOf(arcs)) {
                if (subject.dependent() != join.head() || !subject.relation().startsWith("nsubj") || ownPreposition) {
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
     * A sentence opening with a name and a relative clause between commas has
     * the verb after the second comma as its main verb. In "Ramona Quispe, who
     * is Peru's foreign minister, condemned the attack" the parser at times
     * makes the name the root, hangs "condemned" from it as a bare dependent or
     * a relative clause, and gives the verb "who" for its subject or the name
     * for its object. The verb is made the root with the name as its subject;
     * the clause between the commas hangs from the name as its relative clause
     * ("who is X" read as X with "who" its subject and "is" its copula), and
     * the words inside it the parser hung from the verb go back into it.
     */
    private static void mainVerbsTakenForRelatives(List<Token> tokens, List<Dependency> arcs) {
        Dependency root = arcs.stream().filter(a -> a.head() < 0).findFirst().orElse(null);
        if (root == null) {
            return;
        }
        int name = root.dependent();
        int pronoun = name + 2;
        if (!tokens.get(name).tag().startsWith("NN") || pronoun >= tokens.size() || !tokens.get(name + 1).word().equals(",")
                || !tokens.get(pronoun).tag().matches("WP|WDT")) {
            return;
        }
        Dependency link = arcs.stream().filter(a -> a.head() == name && a.dependent() > pronoun
                && a.relation().matches("dep|acl:relcl|parataxis") && tokens.get(a.dependent()).tag().matches("VBD|VBZ|VBP"))
                .findFirst().orElse(null);
        if (link == null) {
            return;
        }
        int verb = link.dependent();
        int comma = verb - 1;
        while (comma > pronoun && tokens.get(comma).tag().startsWith("RB")) {
            comma--;
        }
        int clause = clauseHead(tokens, arcs, pronoun, comma);
        if (!tokens.get(comma).word().equals(",") || clause < 0) {
            return;
        }
        List<Dependency> mended = new java.util.ArrayList<>();
        for (Dependency a : arcs) {
            boolean inside = a.dependent() >= pronoun && a.dependent() < comma;
            boolean fromInside = a.head() >= pronoun && a.head() < comma;
            if (a == root) {
                mended.add(new Dependency(-1, verb, "root"));
                mended.add(new Dependency(verb, name, "nsubj"));
            } else if (a == link || a.head() == verb && a.dependent() == name) {
                continue;
            } else if (a.dependent() == pronoun && a.head() != name) {
                continue;
            } else if (a.head() == name && a.dependent() > verb) {
                mended.add(new Dependency(verb, a.dependent(), a.relation()));
            } else if (inside && !fromInside && a.head() != name && a.dependent() != clause) {
                mended.add(new Dependency(clause, a.dependent(), a.relation()));
            } else if (a.dependent() == clause && !fromInside) {
                continue;
            } else if (a.head() == pronoun && clause != pronoun) {
                if (a.dependent() != clause) {
                    mended.add(new Dependency(clause, a.dependent(), a.relation()));
                }
            } else {
                mended.add(a);
            }
        }
        mended.add(new Dependency(name, clause, "acl:relcl"));
        mended.add(new Dependency(clause, pronoun, "nsubj"));
        arcs.clear();
        arcs.addAll(mended);
    }

    /**
     * The head of the relative clause from a relative pronoun to the comma
     * closing it: the predicate of "who is X" when the parser made the pronoun
     * the head of the copula, else the word the pronoun is subject of inside
     * the clause; -1 when neither is there.
     */
    private static int clauseHead(List<Token> tokens, List<Dependency> arcs, int pronoun, int end) {
        boolean copula = arcs.stream().anyMatch(a -> a.head() == pronoun && a.relation().equals("cop"));
        for (Dependency a : arcs) {
            if (copula && a.head() == pronoun && a.relation().equals("nsubj") && a.dependent() < end) {
                return a.dependent();
            }
            if (!copula && a.dependent() == pronoun && a.relation().startsWith("nsubj") && a.head() > pronoun && a.head() < end) {
                return a.head();
            }
        }
        return -1;
    }

    /**
     * A possessor is no subject: in "China's expressed support for peace ..."
     * the parser at times reads "China" as the subject of "expressed" and
     * "support" as its object, though the possessive marker says otherwise.
     * The participle is made a modifier of the noun after it, the possessor
     * that noun's possessor, and what hung from the participle hangs from the
     * noun.
     */
    private static void possessorsTakenForSubjects(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency subject : List.copyOf(arcs)) {
            int owner = subject.dependent();
            int verb = subject.head();
            if (!subject.relation().equals("nsubj") || verb != owner + 2 || !tokens.get(owner + 1).tag().equals("POS")
                    || !tokens.get(verb).tag().matches("VBN|VBD")) {
                continue;
            }
            Dependency object = arcs.stream().filter(a -> a.head() == verb && a.relation().equals("obj") && a.dependent() == verb + 1)
                    .findFirst().orElse(null);
            if (object == null) {
                continue;
            }
            int noun = object.dependent();
            for (int k = 0; k < arcs.size(); k++) {
                Dependency a = arcs.get(k);
                if (a.equals(subject)) {
                    arcs.set(k, new Dependency(noun, owner, "nmod:poss"));
                } else if (a.equals(object)) {
                    arcs.set(k, new Dependency(noun, verb, "amod"));
                } else if (a.dependent() == verb) {
                    arcs.set(k, new Dependency(a.head(), noun, a.relation()));
                } else if (a.head() == verb) {
                    arcs.set(k, new Dependency(noun, a.dependent(), a.relation()));
                }
            }
            Token t = tokens.get(verb);
            tokens.set(verb, new Token(verb, t.word(), t.lemma(), "VBN", t.ner(), t.begin(), t.end()));
        }
    }

    /**
     * A gerund right after a preposition is a clause with its own object: in
     * "By voicing support for Peru, Chile showed ..." the parser at times reads
     * "voicing support" as a noun with an adjective, hung from the verb by
     * "by". The gerund is made the head of that clause, the noun its object and
     * the preposition its marker, so that the act is carried by its verb
     * ("voice support") and done by the clause's subject. So is a gerund right
     * after a verb that takes one ({@link #GERUND_TAKERS}), before a name the
     * parser made that verb's object: in
     * "pledged converting Hagia Sophia to a mosque" what is pledged is the
     * converting, of which the name is the object.
     */
    private static void gerundsTakenForModifiers(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int gerund = d.dependent();
            int noun = d.head();
            if (noun < 0 || !d.relation().equals("amod") || !tokens.get(gerund).tag().equals("VBG") || gerund >= noun
                    || gerund == 0 || !tokens.get(noun).tag().startsWith("NN")) {
                continue;
            }
            int verbObject = arcs.indexOf(new Dependency(gerund - 1, noun, "obj"));
            if (verbObject >= 0 && tokens.get(gerund - 1).tag().startsWith("VB") && tokens.get(noun).tag().startsWith("NNP")
                    && tokens.get(gerund - 1).lemma().matches(GERUND_TAKERS)) {
                arcs.set(verbObject, new Dependency(gerund - 1, gerund, "xcomp"));
                arcs.set(i, new Dependency(gerund, noun, "obj"));
                continue;
            }
            int preposition = gerund - 1;
            int caseArc = arcs.indexOf(new Dependency(noun, preposition, "case"));
            Dependency up = arcs.stream().filter(a -> a.dependent() == noun && a.head() >= 0 && a.relation().startsWith("obl"))
                    .findFirst().orElse(null);
            if (caseArc < 0 || up == null) {
                continue;
            }
            String marker = tokens.get(preposition).word().toLowerCase(Locale.ROOT);
            arcs.set(arcs.indexOf(up), new Dependency(up.head(), gerund, "advcl:" + marker));
            arcs.set(caseArc, new Dependency(gerund, preposition, "mark"));
            arcs.set(i, new Dependency(gerund, noun, "obj"));
        }
    }

    /**
     * A word the tagger took for an adjective that governs a direct object is a
     * verb: "has publicly expressed support" (tagged "expressed/JJ") is the verb
     * "express". Its lemma and tag are put right so that the rules see the verb.
     */
    private static void participlesWithObjects(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency d : arcs) {
            if (d.head() < 0 || !d.relation().equals("obj")) {
                continue;
            }
            Token t = tokens.get(d.head());
            if (t.tag().equals("JJ") && t.word().toLowerCase().endsWith("ed")) {
                tokens.set(t.index(), new Token(t.index(), t.word(), Morphology.lemmaStatic(t.word(), "VBN").toLowerCase(), "VBN",
                        t.ner(), t.begin(), t.end()));
            }
        }
    }

    /**
     * A past participle right after a noun, with no auxiliary of its own,
     * modifies the noun: "the council established in 2021", "the commission
     * created by Bolivia". The parser at times leaves it a bare dependent of the
     * clause's verb, or takes the noun for its subject; it is hung from the
     * noun as a clausal modifier, its by-phrase as its agent, as the parser
     * does when it reads the phrase right.
     */
    private static void reducedRelatives(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int v = d.dependent();
            int n = v - 1;
            if (d.head() < 0 || !d.relation().equals("dep") || n < 0 || !tokens.get(v).tag().matches("VBN|VBD")
                    || !tokens.get(n).tag().startsWith("NN") || !tokens.get(d.head()).tag().startsWith("VB")) {
                continue;
            }
            int head = d.head();
            boolean own = arcs.stream().anyMatch(a -> a.head() == v && a.relation().matches("aux|aux:pass|cop|nsubj:pass|obj")
                    || a.head() == v && a.relation().equals("nsubj") && a.dependent() != n);
            Dependency subject = arcs.stream().filter(a -> a.head() == v && a.dependent() == n && a.relation().equals("nsubj"))
                    .findFirst().orElse(null);
            boolean placed = arcs.stream().anyMatch(a -> a.dependent() == n && a.head() != v);
            boolean headHasObject = arcs.stream().anyMatch(a -> a.head() == head && a.relation().equals("obj"));
            // a noun taken for the participle's subject is its head only with a by-agent: "the commission created
            // by Bolivia"; "found the strike justified" is a small clause
            boolean byAgent = arcs.stream().anyMatch(a -> a.head() == v && a.relation().equals("obl:by"));
            if (own || !placed && (subject == null || headHasObject || !byAgent || !tokens.get(v).tag().equals("VBN"))) {
                continue;
            }
            // "the council established/VBD in 2021": the tagger's past tense is the participle
            Token t = tokens.get(v);
            tokens.set(v, new Token(v, t.word(), t.lemma(), "VBN", t.ner(), t.begin(), t.end()));
            arcs.set(i, new Dependency(n, v, "acl"));
            if (!placed) {
                arcs.set(arcs.indexOf(subject), new Dependency(head, n, "obj"));
            }
            for (int k = 0; k < arcs.size(); k++) {
                Dependency a = arcs.get(k);
                if (a.head() == v && a.relation().equals("obl:by")) {
                    arcs.set(k, new Dependency(v, a.dependent(), "obl:agent"));
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

    /**
     * Verbs that take a gerund for their complement ("pledged converting X",
     * "proposed holding talks"); after others a gerund before a name is an
     * adjective ("met visiting Prime Minister X", "invaded neighbouring Peru").
     */
    private static final String GERUND_TAKERS = "pledge|promise|vow|propose|suggest|recommend|consider|advocate|favour|favor|oppose"
            + "|reject|resist|begin|start|continue|stop|resume|avoid|deny|admit|discuss|urge";

    /** Day and month names, which head an opening phrase though tagged as names: "on Sunday", "in March". */
    private static final String CALENDAR_NAME = "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
            + "|march|april|may|june|july|august|september|october|november|december";

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
