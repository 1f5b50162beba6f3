package org.entente.extract.actors;

import java.util.List;
import org.entente.extract.analyse.Sentence;

/**
 * An acronym in brackets right after a name, made of its initials, is
 * that actor's other name: "the National Crime Agency (NCA)" makes "NCA"
 * here and later the agency, not an actor of its own. A name of that
 * kind no one has found yet, in a sentence left unread, is an
 * organisation of the article's own, so that "NCA" later finds it.
 */
final class Acronyms {
    private Acronyms() {
    }

    /** Finds the acronyms of a sentence, adding their mentions, and those of names found only through them, to {@code found}. */
    static void find(Sentence s, List<Mention> found, Cast cast) {
        for (int open = 1; open + 2 < s.size(); open++) {
            if (!s.token(open).word().equals("(") || !s.token(open + 2).word().equals(")")) {
                continue;
            }
            int bracket = open;
            String acronym = s.token(open + 1).word();
            String capitals = acronym.chars().filter(Character::isUpperCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (capitals.length() < 2) {
                continue;
            }
            Mention name = found.stream().filter(m -> m.end() == bracket && m.kind() == Mention.Kind.NAME && m.entity() != null)
                    .findFirst().orElse(null);
            int start = name != null ? name.start() : initialsBefore(s, open, capitals.length());
            if (start < 0 || !initials(s, start, open).equals(capitals)) {
                continue;
            }
            String entity = name != null ? name.entity() : cast.organisation(ActorStage.words(s, start, open, cast.text()), s, start, open, found);
            if (entity == null) {
                continue;
            }
            if (name == null) {
                found.add(new Mention(s.index(), start, open, ActorStage.headOf(s, start, open), entity, Mention.Kind.NAME));
            }
            found.removeIf(x -> x.start() == bracket + 1 && x.end() == bracket + 2);
            found.add(new Mention(s.index(), open + 1, open + 2, open + 1, entity, Mention.Kind.NAME));
            cast.alias(acronym, entity);
        }
    }

    /** The capitals of the words from one token to another: "NCA" for "National Crime Agency". */
    private static String initials(Sentence s, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = s.token(k).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * Where a name of so many capitalised words ends before a token, with
     * "of", "and", "for" or "on" between them ("Organisation of Islamic
     * Cooperation"); -1 when the words before are not such a name.
     */
    private static int initialsBefore(Sentence s, int end, int words) {
        int k = end - 1;
        int capitalised = 0;
        while (k >= 0 && capitalised < words) {
            String w = s.token(k).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && s.token(k).tag().startsWith("NNP")) {
                capitalised++;
            } else if (!w.matches("of|and|for|on") || k == end - 1) {
                return -1;
            }
            k--;
        }
        return capitalised == words ? k + 1 : -1;
    }
}
