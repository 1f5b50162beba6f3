package org.entente.extract.analyse;

import java.util.List;
import java.util.Locale;

/**
 * Mends mistakes the parser is known to make on news sentences, each where
 * its signs are unambiguous, so that the stages after it read the structure
 * the sentence has: a main verb taken for a relative clause, a possessor
 * taken for a subject, misread verb forms ({@link VerbFormRepairs}), a
 * preposition taken for the clause it marks; then the subjects
 * ({@link SubjectRepairs}).
 */
final class ParseRepairs {
    private ParseRepairs() {
    }

    /** Mends the tokens and arcs of one parsed sentence in place. */
    static void mend(List<Token> tokens, List<Dependency> arcs) {
        frontedPhrasesTakenForRoots(tokens, arcs);
        mainVerbsTakenForRelatives(tokens, arcs);
        possessorsTakenForSubjects(tokens, arcs);
        VerbFormRepairs.participlesWithObjects(tokens, arcs);
        VerbFormRepairs.perfectsTakenForPossession(tokens, arcs);
        VerbFormRepairs.reducedRelatives(tokens, arcs);
        VerbFormRepairs.gerundsTakenForModifiers(tokens, arcs);
        VerbFormRepairs.determinersTakenForNouns(tokens, arcs);
        prepositionsTakenForClauses(tokens, arcs);
        nounInfinitivesTakenForComplements(tokens, arcs);
        SubjectRepairs.mend(tokens, arcs);
    }

    /**
     * A sentence opening with a prepositional phrase set off by a comma has
     * its main verb after the comma. In "Per request of the Prime Minister,
     * the Queen suspended parliament" the parser at times makes "request" the
     * root, hangs "suspended" inside the phrase as a clause, and makes "the
     * Queen" an apposition of the name before the comma. The verb is made the
     * root, the phrase its oblique ("obl:per"), and the noun between the comma
     * and the verb that the parser hung inside the phrase its subject.
     */
    private static void frontedPhrasesTakenForRoots(List<Token> tokens, List<Dependency> arcs) {
        Dependency root = arcs.stream().filter(a -> a.head() < 0).findFirst().orElse(null);
        if (root == null || !tokens.get(root.dependent()).tag().startsWith("NN") || !tokens.get(0).tag().equals("IN")
                || !arcs.contains(new Dependency(root.dependent(), 0, "case"))) {
            return;
        }
        int noun = root.dependent();
        int comma = -1;
        for (int k = noun + 1; k < tokens.size() && comma < 0; k++) {
            if (tokens.get(k).word().equals(",")) {
                comma = k;
            }
        }
        int end = comma;
        Dependency clause = arcs.stream().filter(a -> end > 0 && a.dependent() > end && a.head() >= 0 && a.head() < end
                && a.relation().matches("acl(:relcl)?|dep|parataxis") && tokens.get(a.dependent()).tag().matches("VBD|VBZ|VBP"))
                .findFirst().orElse(null);
        if (clause == null) {
            return;
        }
        int verb = clause.dependent();
        boolean subject = arcs.stream().anyMatch(a -> a.head() == verb && a.relation().startsWith("nsubj"));
        Dependency hungInside = arcs.stream().filter(a -> a.dependent() > end && a.dependent() < verb && a.head() >= 0 && a.head() < end
                && a.relation().matches("appos|conj.*|dep") && tokens.get(a.dependent()).tag().startsWith("NN")).findFirst().orElse(null);
        if (!subject && hungInside == null) {
            return;
        }
        String marker = tokens.get(0).word().toLowerCase(Locale.ROOT);
        arcs.set(arcs.indexOf(root), new Dependency(-1, verb, "root"));
        arcs.set(arcs.indexOf(clause), new Dependency(verb, noun, "obl:" + marker));
        if (!subject) {
            arcs.set(arcs.indexOf(hungInside), new Dependency(verb, hungInside.dependent(), "nsubj"));
        }
        for (int k = 0; k < arcs.size(); k++) {
            Dependency a = arcs.get(k);
            if (a.head() == noun && a.relation().equals("punct") && a.dependent() > end) {
                arcs.set(k, new Dependency(verb, a.dependent(), "punct"));
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
            mainVerbsHungFromRelatives(tokens, arcs, root, name, pronoun);
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
     * The same mistake where the parser kept the relative clause right but hung
     * the main verb from it: in "Chile, which was not invited, criticised the
     * treaty" it makes "Chile" the root, "invited" its relative clause and
     * "criticised" a bare dependent of "invited". The verb after the comma
     * closing the clause is made the root with the name as its subject.
     */
    private static void mainVerbsHungFromRelatives(List<Token> tokens, List<Dependency> arcs, Dependency root, int name, int pronoun) {
        Dependency relative = arcs.stream().filter(a -> a.head() == name && a.relation().equals("acl:relcl") && a.dependent() > pronoun)
                .findFirst().orElse(null);
        Dependency link = relative == null ? null : arcs.stream().filter(a -> a.head() == relative.dependent()
                && a.dependent() > relative.dependent() && a.relation().matches("dep|parataxis")
                && tokens.get(a.dependent()).tag().matches("VBD|VBZ|VBP") && tokens.get(a.dependent() - 1).word().equals(","))
                .findFirst().orElse(null);
        if (link == null) {
            return;
        }
        int verb = link.dependent();
        List<Dependency> mended = new java.util.ArrayList<>();
        for (Dependency a : arcs) {
            if (a == root) {
                mended.add(new Dependency(-1, verb, "root"));
                mended.add(new Dependency(verb, name, "nsubj"));
            } else if (a != link) {
                mended.add(a.head() == name && a.dependent() > verb ? new Dependency(verb, a.dependent(), a.relation()) : a);
            }
        }
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
     * A preposition the parser made the head of a clause whose gerund it left
     * as a bare dependent: in "became president in 2003 after overthrowing his
     * uncle" the parser at times hangs "after" from the verb as a clause and
     * "overthrowing" from "after". The gerund is made the clause, marked by the
     * preposition, and whatever hung from the preposition hangs from the gerund,
     * so that it takes the subject of the verb above it like any other clause.
     */
    private static void prepositionsTakenForClauses(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency up = arcs.get(i);
            int preposition = up.dependent();
            int gerund = preposition + 1;
            if (up.head() < 0 || !up.relation().equals("advcl") || !tokens.get(preposition).tag().equals("IN")
                    || gerund >= tokens.size() || !arcs.contains(new Dependency(preposition, gerund, "dep"))
                    || !tokens.get(gerund).tag().equals("VBG")) {
                continue;
            }
            String marker = tokens.get(preposition).word().toLowerCase(Locale.ROOT);
            for (int j = 0; j < arcs.size(); j++) {
                Dependency d = arcs.get(j);
                if (d.head() == preposition) {
                    arcs.set(j, d.dependent() == gerund ? new Dependency(gerund, preposition, "mark")
                            : new Dependency(gerund, d.dependent(), d.relation()));
                }
            }
            arcs.set(i, new Dependency(up.head(), gerund, "advcl:" + marker));
        }
    }

    /**
     * An infinitive right after a noun that takes one is that noun's: in
     * "Bolivia expressed disappointment at Peru's decision to close the border"
     * the parser at times hangs "close" from "expressed" as its complement and
     * makes "disappointment" its subject, so that Bolivia would close the
     * border. The infinitive is made a clause of the noun ("acl:to"), as the
     * parser makes it when it reads the phrase right, and loses the subject the
     * wrong reading gave it; who does it is then whose decision it is.
     */
    private static void nounInfinitivesTakenForComplements(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency up : List.copyOf(arcs)) {
            int verb = up.dependent();
            int to = verb - 1;
            int noun = verb - 2;
            if (up.head() < 0 || noun < 0 || up.head() == noun || !up.relation().matches("xcomp|advcl(:to)?")
                    || !tokens.get(verb).tag().equals("VB") || !arcs.contains(new Dependency(verb, to, "mark"))
                    || !tokens.get(to).word().equalsIgnoreCase("to") || !tokens.get(noun).tag().matches("NNS?")
                    || !tokens.get(noun).lemma().toLowerCase(Locale.ROOT).matches(INFINITIVE_NOUNS)) {
                continue;
            }
            arcs.set(arcs.indexOf(up), new Dependency(noun, verb, "acl:to"));
            arcs.removeIf(a -> a.head() == verb && a.relation().equals("nsubj:xsubj"));
        }
    }

    /**
     * Nouns of acts that take an infinitive of their own: "a decision to close",
     * "a bid to stop", "a call to resume". Not nouns that may be the object a
     * verb asks to act ("asked the authority to investigate", "expects the vote
     * to approve sanctions", "allowed the deadline to pass").
     */
    private static final String INFINITIVE_NOUNS = "decision|plan|bid|attempt|move|effort|refusal|failure|offer|proposal"
            + "|request|promise|pledge|threat|willingness|readiness|commitment|intention|determination|call|demand"
            + "|invitation|ultimatum|permission";
}
