package org.entente.extract.nlp;

import java.util.List;

/**
 * One sentence of an article: where it lies (UTF-16 indices into the article,
 * end exclusive), its exact text, its tokens, and the paragraph it belongs to.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph position of its line among the article's non-blank lines, from 0
 * @param start     index of its first character
 * @param end       index just past its last character
 * @param text      the article text between start and end
 * @param tokens    its tokens in order
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Whether the tokens from {@code i} on are {@code words}, compared in lower case. */
    public boolean wordsAt(int i, String... words) {
        if (i < 0 || i + words.length > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!tokens.get(i + w).lower().equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    /** The index just past the token, from {@code first} on, that ends at character {@code to}; -1 if none does. */
    public int tokenEndingAt(int first, int to) {
        for (int j = Math.max(0, first); j < tokens.size(); j++) {
            if (tokens.get(j).end() == to) {
                return j + 1;
            }
            if (tokens.get(j).end() > to) {
                return -1;
            }
        }
        return -1;
    }
}
