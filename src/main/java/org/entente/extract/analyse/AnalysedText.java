package org.entente.extract.analyse;

import java.util.List;

/**
 * An article as the linguistic layer gives it: the text and its sentences,
 * offsets counted in Java string indices of the text.
 *
 * @param text      the article text, exactly as stored
 * @param sentences its sentences in order
 */
public record AnalysedText(String text, List<Sentence> sentences) {
    public AnalysedText {
        sentences = List.copyOf(sentences);
    }

    /** How many sentences were parsed. */
    public long parsed() {
        return sentences.stream().filter(Sentence::isParsed).count();
    }

    /** Tokens in all sentences. */
    public int tokens() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
