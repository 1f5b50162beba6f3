package org.entente.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.TestProject;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.junit.jupiter.api.Test;

/** The readings the language file gives beyond its word lists. */
class LanguageTest {
    private static final Language LANGUAGE = Language.read(TestProject.data().resolve("lexicon/language.json"));

    /** A sentence of the given words, tagged as given, with the given arcs; offsets as if joined by spaces. */
    private static Sentence sentence(String[] words, String[] tags, Dependency... arcs) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), tags[i], "O", at, at + words[i].length()));
            at += words[i].length() + 1;
        }
        return new Sentence(0, tokens, List.of(arcs));
    }

    @Test
    void aNegationDeniesItsClauseUnlessACommaSetsItOff() {
        Sentence denied = sentence(new String[] {"Chile", "did", "not", "attack", "Peru"},
                new String[] {"NNP", "VBD", "RB", "VB", "NNP"},
                new Dependency(-1, 3, "root"), new Dependency(3, 2, "advmod"), new Dependency(3, 4, "obj"));
        assertTrue(LANGUAGE.negates(denied, new Dependency(3, 2, "advmod")));
        assertFalse(LANGUAGE.negates(denied, new Dependency(3, 4, "obj")), "an object is no negation");

        Sentence contrasted = sentence(new String[] {"Chile", "attacked", "Peru", ",", "not", "Bolivia"},
                new String[] {"NNP", "VBD", "NNP", ",", "RB", "NNP"},
                new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(1, 4, "advmod"));
        assertFalse(LANGUAGE.negates(contrasted, new Dependency(1, 4, "advmod")), "', not Bolivia' contrasts a phrase");

        Sentence never = sentence(new String[] {"Chile", "never", "attacked", "Peru"},
                new String[] {"NNP", "RB", "VBD", "NNP"},
                new Dependency(-1, 2, "root"), new Dependency(2, 1, "neg"));
        assertTrue(LANGUAGE.negates(never, new Dependency(2, 1, "neg")), "the older 'neg' relation negates too");
    }

    @Test
    void peopleAreNamedByTitlesByTheListsOfPeopleAndByOtherNounsForPeople() {
        for (String lemma : List.of("minister", "fisherman", "protester", "rebel", "critic", "delegation", "man")) {
            assertTrue(LANGUAGE.namesPeople(lemma), lemma);
        }
        for (String lemma : List.of("law", "border", "summit", "ministry")) {
            assertFalse(LANGUAGE.namesPeople(lemma), lemma);
        }
    }
}
