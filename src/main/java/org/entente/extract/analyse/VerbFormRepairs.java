package org.entente.extract.analyse;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;

/**
 * Mends the verb forms the tagger or the parser misread, for
 * {@link ParseRepairs}: a participle tagged as an adjective, a perfect taken
 * for "have" holding a noun, a reduced relative left bare, a gerund taken for
 * an adjective or for the adjective of its own "the".
 */
final class VerbFormRepairs {
    private VerbFormRepairs() {
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
    static void gerundsTakenForModifiers(List<Token> tokens, List<Dependency> arcs) {
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
     * A gerund after "the" is a noun: in "characterized the reopening as a
     * violation" the parser at times makes "the" the object and "reopening" its
     * adjective. The gerund takes the determiner's place in the sentence, as a
     * noun named by its own word, and the determiner becomes its determiner.
     */
    static void determinersTakenForNouns(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int det = d.head();
            int gerund = d.dependent();
            if (det < 0 || !d.relation().equals("amod") || gerund != det + 1 || !tokens.get(det).tag().equals("DT")
                    || !tokens.get(gerund).tag().equals("VBG") || arcs.stream().noneMatch(a -> a.dependent() == det && a.head() >= 0)) {
                continue;
            }
            for (int k = 0; k < arcs.size(); k++) {
                Dependency a = arcs.get(k);
                if (a.dependent() == det) {
                    arcs.set(k, new Dependency(a.head(), gerund, a.relation()));
                } else if (a.head() == det && a.dependent() != gerund) {
                    arcs.set(k, new Dependency(gerund, a.dependent(), a.relation()));
                }
            }
            arcs.set(i, new Dependency(gerund, det, "det"));
            Token t = tokens.get(gerund);
            tokens.set(gerund, new Token(gerund, t.word(), t.word().toLowerCase(Locale.ROOT), "NN", t.ner(), t.begin(), t.end()));
        }
    }

    /**
     * A perfect the parser read as "have" holding a noun: in "Chile has
     * publicly voiced support for Peru" it at times makes "has" the verb, with
     * "support" its object and "voiced" an adjective of "support". Where an
     * adverb of the act ({@link #ACT_ADVERBS}) stands between them, the
     * participle is made the verb, with the subject, object and all else "have"
     * held, and "have" its auxiliary.
     */
    static void perfectsTakenForPossession(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency modifier = arcs.get(i);
            int participle = modifier.dependent();
            int noun = modifier.head();
            if (noun < 0 || !modifier.relation().equals("amod") || participle + 1 != noun
                    || !tokens.get(participle).tag().matches("VBN|VBD|JJ") || !tokens.get(participle).word().endsWith("ed")) {
                continue;
            }
            int have = participle - 1;
            boolean actAdverb = false;
            while (have >= 0 && tokens.get(have).tag().startsWith("RB")) {
                actAdverb |= tokens.get(have).lemma().matches(ACT_ADVERBS);
                have--;
            }
            // "had limited support", "has armed groups" hold a noun; "has publicly voiced support" is a perfect
            if (!actAdverb || have < 0 || !tokens.get(have).lemma().equals("have") || !arcs.contains(new Dependency(have, noun, "obj"))) {
                continue;
            }
            for (int j = 0; j < arcs.size(); j++) {
                Dependency d = arcs.get(j);
                if (j == i) {
                    arcs.set(j, new Dependency(participle, have, "aux"));
                } else if (d.head() == have) {
                    arcs.set(j, new Dependency(participle, d.dependent(), d.relation()));
                } else if (d.dependent() == have) {
                    arcs.set(j, new Dependency(d.head(), participle, d.relation()));
                }
            }
            asParticiple(tokens, participle);
        }
    }

    /**
     * A word the tagger took for an adjective that governs a direct object is a
     * verb: "has publicly expressed support" (tagged "expressed/JJ") is the verb
     * "express". Its lemma and tag are put right so that the rules see the verb.
     */
    static void participlesWithObjects(List<Token> tokens, List<Dependency> arcs) {
        for (Dependency d : arcs) {
            if (d.head() < 0 || !d.relation().equals("obj")) {
                continue;
            }
            Token t = tokens.get(d.head());
            if (t.tag().equals("JJ") && t.word().toLowerCase().endsWith("ed")) {
                asParticiple(tokens, t.index());
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
    static void reducedRelatives(List<Token> tokens, List<Dependency> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            Dependency d = arcs.get(i);
            int v = d.dependent();
            int comma = beforeComma(tokens, arcs, v);
            int n = comma >= 0 ? comma : v - 1;
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
     * The noun a participle set off by a comma, with a by-agent, tells of: "died
     * in the attack, reportedly carried out by the Front": the object of the
     * clause's verb, or what it happened in or after. A day ("resigned on
     * Monday, pressured by ..."), a span ("for years, exemplified by ...") or a
     * name is not what was done; -1 if none.
     */
    private static int beforeComma(List<Token> tokens, List<Dependency> arcs, int v) {
        int k = v - 1;
        while (k >= 0 && tokens.get(k).tag().equals("RB") && arcs.contains(new Dependency(v, k, "advmod"))) {
            k--;
        }
        boolean byAgent = arcs.stream().anyMatch(a -> a.head() == v && a.relation().equals("obl:by"));
        if (k < 1 || !byAgent || !tokens.get(k).word().equals(",") || !tokens.get(k - 1).tag().matches("NNS?")
                || tokens.get(k - 1).ner().matches("DATE|TIME|DURATION|SET")) {
            return -1;
        }
        int n = k - 1;
        // the thing the clause's verb acts on or happens in, not how long or why: "pursued peace for years, ..."
        boolean acted = arcs.stream().anyMatch(a -> a.dependent() == n && a.relation().matches("obj|obl:(in|at|during|after|following)"));
        return acted ? n : -1;
    }

    /** Re-tags a word the tagger took for an adjective as the past participle it is, with the verb's lemma. */
    private static void asParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        tokens.set(i, new Token(i, t.word(), Morphology.lemmaStatic(t.word(), "VBN").toLowerCase(), "VBN", t.ner(), t.begin(), t.end()));
    }

    /** Adverbs that tell how or when something was done, not how much: "has publicly voiced", not "has very limited". */
    private static final String ACT_ADVERBS = "publicly|openly|formally|officially|repeatedly|already|previously|recently|also|again"
            + "|strongly|firmly|consistently|explicitly|privately|jointly|reportedly|since|now|just|long";

    /**
     * Verbs that take a gerund for their complement ("pledged converting X",
     * "proposed holding talks"); after others a gerund before a name is an
     * adjective ("met visiting Prime Minister X", "invaded neighbouring Peru").
     */
    private static final String GERUND_TAKERS = "pledge|promise|vow|propose|suggest|recommend|consider|advocate|favour|favor|oppose"
            + "|reject|resist|begin|start|continue|stop|resume|avoid|deny|admit|discuss|urge";
}
