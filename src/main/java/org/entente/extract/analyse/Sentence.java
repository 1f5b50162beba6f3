package org.entente.extract.analyse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sentence of an analysed article: its tokens and, when the sentence was
 * parsed, its dependency graph and named entities. Immutable.
 */
public final class Sentence {
    /** The tokens that open or close a quotation, straight, curly, or as the tokenizer may write them. */
    private static final Set<String> QUOTATION_MARKS = Set.of("\"", "\u201C", "\u201D", "``", "''");

    private final int index;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;

    /**
     * @param index        its position in the article, from 0
     * @param tokens       its tokens
     * @param dependencies its dependency arcs, or null when it was not parsed
     */
    public Sentence(int index, List<Token> tokens, List<Dependency> dependencies) {
        this.index = index;
        this.tokens = List.copyOf(tokens);
        this.dependencies = dependencies == null ? null : List.copyOf(dependencies);
    }

    public int index() {
        return index;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Offset of the sentence's first character in the article. */
    public int begin() {
        return tokens.get(0).begin();
    }

    /** Offset just after the sentence's last character. */
    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    /** Whether the sentence has a dependency graph and named entities. */
    public boolean isParsed() {
        return dependencies != null;
    }

    public List<Dependency> dependencies() {
        return dependencies == null ? List.of() : dependencies;
    }

    /** The arcs from a token to its dependents. */
    public List<Dependency> dependents(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies()) {
            if (d.head() == head) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arcs from a token's heads to it (enhanced graphs may give a token several). */
    public List<Dependency> heads(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies()) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a token hangs from this governor by one of these relations (a regular expression): "ccomp|xcomp". */
    public boolean hangsFrom(int dependent, int governor, String relations) {
        for (Dependency d : dependencies()) {
            if (d.dependent() == dependent && d.head() == governor && d.relation().matches(relations)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token stands inside quotation marks: after an odd number of them in the sentence. */
    public boolean quoted(int token) {
        int marks = 0;
        for (int i = 0; i < token && i < tokens.size(); i++) {
            if (QUOTATION_MARKS.contains(tokens.get(i).word())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** The "its" or "their" that owns a noun ("its troops", "their police"), or -1. */
    public int ownerPronoun(int noun) {
        for (Dependency d : dependents(noun)) {
            if (d.relation().equals("nmod:poss") && token(d.dependent()).word().matches("(?i)its|their")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * The heads of the clauses a verb reports: its complement ("said the raid
     * was illegal") and the clause it is set beside ('"...," Quispe said').
     */
    public List<Integer> reportedClauses(int verb) {
        List<Integer> clauses = new ArrayList<>();
        dependents(verb).stream().filter(d -> d.relation().matches("ccomp|parataxis")).forEach(d -> clauses.add(d.dependent()));
        heads(verb).stream().filter(d -> d.head() >= 0 && d.relation().equals("parataxis")).forEach(d -> clauses.add(d.head()));
        return clauses;
    }

    /** A token and every token it governs, reached by the arcs that {@code follow} accepts. */
    public Set<Integer> subtree(int head, Predicate<Dependency> follow) {
        Set<Integer> out = new HashSet<>(List.of(head));
        Deque<Integer> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            for (Dependency d : dependents(todo.pop())) {
                if (follow.test(d) && out.add(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return out;
    }

    /** Whether a clause is introduced by one of these words as its marker: "for" in "called for them to leave". */
    public boolean markedBy(int clause, Collection<String> words) {
        return dependents(clause).stream().anyMatch(d -> d.relation().equals("mark") && words.contains(token(d.dependent()).lemma()));
    }

    /** The tokens between two indices, end exclusive, one space apart: how names are looked up. */
    public String tokenWords(int from, int to) {
        StringBuilder w = new StringBuilder();
        for (int k = from; k < to; k++) {
            w.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return w.toString();
    }

    /** The words between two token indices, end exclusive, as the article writes them. */
    public String words(int from, int to, String text) {
        return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
