package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * The quotations of an article and who speaks them, so that "I", "we", "my"
 * and "our" inside a quotation stand for its speaker: in {@code "We will
 * respond," said the minister} the one who will respond is the minister. A
 * quotation may run over several sentences; its speaker is named in the
 * sentence that opens or closes it, with a reporting verb outside the quoted
 * words ("X said", "said X", "X told reporters:").
 */
final class Quotes {
    /** Character ranges [begin, end) inside quotation marks. */
    private final List<int[]> spans = new ArrayList<>();
    private final Language language;
    /** The speaker of the quotation still open at the end of the last sentence read. */
    private String carried;
    /** First-person pronouns read inside a quotation whose speaker was not yet named: sentence, token, offset. */
    private final List<int[]> unnamed = new ArrayList<>();

    Quotes(String text, Language language) {
        this.language = language;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = c == '\u201C' || c == '"' && open < 0;
            boolean closes = c == '\u201D' || c == '"' && open >= 0;
            if (closes && open >= 0) {
                spans.add(new int[] {open, i});
                open = -1;
            } else if (opens) {
                open = i + 1;
            } else if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1;
            }
        }
    }

    boolean inside(int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * First-person pronouns inside this sentence's quotations, resolved to the
     * speaker; called once per sentence in order.
     */
    List<Mention> firstPerson(Sentence s, List<Mention> known) {
        List<int[]> speakers = speakers(s, known);
        List<String> actors = new ArrayList<>();
        boolean quoted = s.tokens().stream().anyMatch(t -> inside(t.begin()));
        String opening = quoted && inside(s.token(0).begin()) ? carried : null;
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (language.isFirstPerson(t) && inside(t.begin())
                    && !ActorStage.covered(known, t.index())) {
                String who = nearest(speakers, t.index(), known, opening);
                if (who != null) {
                    out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), who, Mention.Kind.PRONOUN));
                } else {
                    unnamed.add(new int[] {s.index(), t.index(), t.begin()});
                }
            }
        }
        Token last = s.token(s.size() - 1);
        boolean stillOpen = inside(last.begin()) || quoted && inside(last.end());
        carried = stillOpen ? nearest(speakers, s.size(), known, opening) : null;
        return out;
    }

    /**
     * First-person pronouns of quotations whose speaker is named only where
     * they close, sentences later: in '"... I applaud the president ... The
     * casualties were very low", Graham continued.' the one who applauds is
     * Graham. Called once all sentences are read, with their mentions.
     */
    List<Mention> namedAtTheClose(List<Sentence> sentences, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        for (int[] u : unnamed) {
            int[] span = spans.stream().filter(x -> u[2] >= x[0] && u[2] < x[1]).findFirst().orElse(null);
            Sentence closing = span == null ? null : sentences.stream()
                    .filter(x -> x.index() > u[0] && x.begin() <= span[1] && span[1] < x.end()).findFirst().orElse(null);
            if (closing == null) {
                continue;
            }
            List<Mention> there = known.stream().filter(m -> m.sentence() == closing.index()).toList();
            int close = closing.tokens().stream().filter(t -> t.begin() >= span[1]).mapToInt(Token::index).findFirst().orElse(closing.size());
            String who = nearest(speakers(closing, there), close, there, null);
            if (who != null) {
                out.add(new Mention(u[0], u[1], u[1] + 1, u[1], who, Mention.Kind.PRONOUN));
            }
        }
        unnamed.clear();
        return out;
    }

    /** The speaker whose reporting verb stands nearest the word; else the speaker of a quotation carried over. */
    private static String nearest(List<int[]> speakers, int token, List<Mention> known, String opening) {
        int[] best = null;
        for (int[] sp : speakers) {
            if (best == null || Math.abs(sp[0] - token) < Math.abs(best[0] - token)) {
                best = sp;
            }
        }
        return best == null ? opening : actorAt(known, best[1]);
    }

    /**
     * The reporting verbs outside the quoted words whose speaker is a known actor,
     * each as its token and the speaker's token.
     */
    private List<int[]> speakers(Sentence s, List<Mention> known) {
        List<int[]> out = new ArrayList<>();
        if (s.tokens().stream().noneMatch(t -> inside(t.begin()))) {
            return out;
        }
        for (Token t : s.tokens()) {
            if (!t.isVerb() || inside(t.begin()) || !language.reportingVerbs().contains(t.lemma()) && !resumes(s, t)) {
                continue;
            }
            int who = -1;
            if (s.isParsed()) {
                for (Dependency d : s.dependents(t.index())) {
                    if (!d.relation().equals("nsubj") && !(d.relation().equals("obj") && d.dependent() > t.index())) {
                        continue;
                    }
                    if (actorAt(known, d.dependent()) != null) {
                        who = d.dependent();
                        break;
                    }
                    for (Dependency a : s.dependents(d.dependent())) {
                        if (a.relation().equals("appos") && actorAt(known, a.dependent()) != null) {
                            who = a.dependent();
                        }
                    }
                }
            }
            if (who < 0 && t.index() > 0 && actorAt(known, t.index() - 1) != null) {
                who = t.index() - 1;
            }
            if (who < 0 && t.index() + 1 < s.size() && actorAt(known, t.index() + 1) != null) {
                who = t.index() + 1;
            }
            if (who >= 0) {
                out.add(new int[] {t.index(), who});
            }
        }
        return out;
    }

    /**
     * Whom an unnamed spokesperson speaks for, as the one who speaks: "a
     * spokesperson for President X" or "a spokesman of the ministry" is X or
     * the ministry speaking.
     */
    static String speaksFor(Sentence s, Token title, List<Mention> found) {
        if (!speaksForOthers(title.lemma())) {
            return null;
        }
        for (Dependency d : s.dependents(title.index())) {
            if (d.relation().matches("nmod:(for|of)")) {
                for (Mention m : found) {
                    if (m.covers(d.dependent()) && m.entity() != null && m.kind() != Mention.Kind.DEMONYM) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /** Whether a title is one of speaking for others: a spokesperson, whose words are those of whom he speaks for. */
    static boolean speaksForOthers(String title) {
        return title.matches("spokesperson|spokesman|spokeswoman");
    }

    /** '"...," Graham continued': a verb that takes up speech again, with nothing said or done of its own. */
    private boolean resumes(Sentence s, Token t) {
        return language.resumingVerbs().contains(t.lemma())
                && s.dependents(t.index()).stream().noneMatch(d -> d.relation().matches("obj|xcomp|ccomp|obl.*"));
    }

    private static String actorAt(List<Mention> known, int token) {
        return known.stream().filter(m -> m.covers(token) && m.entity() != null).map(Mention::entity).findFirst().orElse(null);
    }
}
