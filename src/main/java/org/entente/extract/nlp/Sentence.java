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
}
