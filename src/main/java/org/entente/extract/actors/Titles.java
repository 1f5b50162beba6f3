package org.entente.extract.actors;

import java.util.Locale;
import java.util.Optional;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;
import org.entente.gazetteer.Gazetteer;

/**
 * Titles read from the words around a name: "Prime Minister" in "Japanese
 * Prime Minister Ryutaro Hashimoto", "party leader" for "Labour leader", and
 * whether a name the recogniser found is an office's rather than a body's
 * ("Member of Parliament").
 */
final class Titles {
    private final Gazetteer gazetteer;
    private final Language language;
    private final NameIndex names;

    Titles(Gazetteer gazetteer, Language language, NameIndex names) {
        this.gazetteer = gazetteer;
        this.language = language;
        this.names = names;
    }

    /** Whether a name is an office's, not a body's ("Member of Parliament", "Secretary of State"). */
    boolean isOffice(String name) {
        return language.isTitle(name.toLowerCase(Locale.ROOT));
    }

    /** The title written before or beside a name, if any: "prime minister" in "Prime Minister X". */
    Optional<String> around(Sentence s, int start, int end) {
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String title = of(s, k);
            if (title != null) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    /**
     * The title a word ends, if any: with the word before it when the two are
     * one title ("prime minister", "opposition leader"), "party leader" for a
     * leader of something no state ("Labour leader"), else the word itself.
     */
    String of(Sentence s, int word) {
        String lemma = s.token(word).lemma();
        if (word > 0 && language.isTitle(s.token(word - 1).lemma() + " " + lemma)) {
            return s.token(word - 1).lemma() + " " + lemma;
        }
        if (!language.isTitle(lemma)) {
            return null;
        }
        return lemma.equals("leader") && word > 0 && ledByNoState(s, word - 1) ? "party leader" : lemma;
    }

    /**
     * Whether the words before "leader" name something other than a state or
     * its government: "Labour Party leader", "Labour leader"; not "UK
     * leader", "North Korean leader", "Kremlin leader", nor an opening word
     * ("Former leader X").
     */
    private boolean ledByNoState(Sentence s, int before) {
        Token t = s.token(before);
        if (t.lemma().equals("party")) {
            return true;
        }
        if (!t.isCapitalised() || t.tag().matches("JJ.*|DT") || before == 0 && !t.tag().startsWith("NNP")) {
            return false;
        }
        for (int from = Math.max(0, before - 1); from <= before; from++) {
            NameIndex.Hit hit = names.find(s.tokenWords(from, before + 1));
            if (hit != null) {
                return !hit.demonym() && gazetteer.find(hit.entity())
                        .map(e -> e.type() != EntityType.State && e.type() != EntityType.GovernmentBody).orElse(true);
            }
        }
        return true;
    }
}
