package org.entente.extract.assemble;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;

/**
 * The words of a sentence that state what one source says, or what the
 * article only hedges or predicts: the phrase of the mention up to the act
 * that governs it ("X commended [Russia's efforts to organise a summit]", on
 * CCTV's word) or the clause its source is said to have said ("Quispe said
 * [the raid had killed twelve]"), without the opening clause that sets the scene ("As the
 * conflict persists, ...") or the writer's own gloss after a comma (",
 * illustrating Beijing's role ..."), neither of which the source said. An
 * attribution (", as reported by CCTV") belongs to the sentence's main
 * clause: a phrase within it is stated without it, however the parser hung
 * it. A sentence the parser did not read is stated whole.
 */
final class Passages {
    private Passages() {
    }

    /** The first and last token of the passage stating a mention, or null for the whole sentence. */
    static int[] of(Sentence s, EventMention m, List<EventMention> here) {
        if (!s.isParsed()) {
            return null;
        }
        Set<Integer> triggers = new HashSet<>();
        here.forEach(x -> triggers.add(x.trigger()));
        Set<Integer> climbed = new HashSet<>();
        int top = m.trigger();
        boolean sourced = m.source() != null;
        for (Dependency up = up(s, top); up != null && !triggers.contains(up.head()) && !(sourced && up.relation().startsWith("ccomp"))
                && climbed.add(top); up = up(s, top)) {
            top = up.head();
        }
        Set<Integer> above = new HashSet<>();
        for (Dependency up = up(s, top); up != null && up.head() != top && above.add(up.head()); up = up(s, up.head())) {
            // the words the passage's head hangs from, up to the root
        }
        Set<Integer> inside = subtree(s, top, above);
        Dependency hung = up(s, top);
        if (hung != null && hung.relation().equals("xcomp")) {
            // "commended Russia's efforts to organise a summit": what is commended is the object with its infinitive
            Set<Integer> from = new HashSet<>(above);
            from.add(top);
            for (Dependency d : s.dependents(top)) {
                if (d.relation().endsWith("xsubj") && d.dependent() < top) {
                    inside.addAll(subtree(s, d.dependent(), from));
                }
            }
        }
        int first = inside.stream().min(Integer::compare).orElse(top);
        int last = inside.stream().max(Integer::compare).orElse(top);
        for (int k : List.copyOf(inside)) {
            for (Dependency d : s.dependents(k)) {
                if (!d.relation().startsWith("advcl") && !d.relation().matches("acl|dep|parataxis|xcomp")) {
                    continue;
                }
                Set<Integer> clause = subtree(s, d.dependent(), Set.of(k));
                if (clause.contains(m.trigger())) {
                    continue;
                }
                int from = clause.stream().min(Integer::compare).orElseThrow();
                int to = clause.stream().max(Integer::compare).orElseThrow();
                boolean opening = k == top && d.relation().startsWith("advcl") && from == first && to + 1 < top
                        && s.token(to + 1).word().equals(",");
                boolean trailing = from > m.trigger() && from > first && s.token(from - 1).word().equals(",") && to >= last - 1;
                if (opening && to + 2 <= last) {
                    first = to + 2;
                } else if (trailing && from - 2 >= first
                        && (s.token(d.dependent()).tag().equals("VBG") || !above.isEmpty() && attribution(s, from))) {
                    last = from - 2;
                }
            }
        }
        while (last > first && isPunctuation(s, last)) {
            last--;
        }
        int opening = 0;
        int closing = s.size() - 1;
        while (opening < closing && isPunctuation(s, opening)) {
            opening++;
        }
        while (closing > opening && isPunctuation(s, closing)) {
            closing--;
        }
        boolean holdsTheMention = first <= m.trigger() && m.trigger() <= last;
        return !holdsTheMention || first <= opening && last >= closing ? null : new int[] {first, last};
    }

    /** Whether words begin an attribution to a source, which the claim records apart: "as reported by", "according to". */
    private static boolean attribution(Sentence s, int from) {
        String one = s.token(from).lemma();
        String two = from + 1 < s.size() ? s.token(from + 1).lemma() : "";
        return one.equals("as") && two.matches("report|say|state|announce|quote") || one.equals("according") && two.equals("to");
    }

    private static boolean isPunctuation(Sentence s, int token) {
        return s.token(token).tag().matches("[.,:]|``|''|-LRB-|-RRB-");
    }

    /** The arc a word hangs from in the tree proper: not a relative pronoun's antecedent, not a controller. */
    private static Dependency up(Sentence s, int token) {
        return s.heads(token).stream().filter(d -> d.head() >= 0 && inTheTree(d)).findFirst().orElse(null);
    }

    /** A word and all it governs in the tree proper, not reaching back into the words above it. */
    private static Set<Integer> subtree(Sentence s, int head, Set<Integer> above) {
        return s.subtree(head, d -> inTheTree(d) && !above.contains(d.dependent()));
    }

    /** Whether an arc is of the tree proper, not one the enhanced graph adds (a relative pronoun's antecedent, a controller). */
    private static boolean inTheTree(Dependency d) {
        return !d.relation().equals("ref") && !d.relation().endsWith("xsubj");
    }
}
