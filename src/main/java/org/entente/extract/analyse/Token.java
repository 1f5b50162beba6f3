package org.entente.extract.analyse;

/**
 * One token of an analysed sentence.
 *
 * @param index its position in the sentence, from 0
 * @param word  the text as written
 * @param lemma its dictionary form, lower case
 * @param tag   its Penn Treebank part of speech ({@code NNP}, {@code VBD}...)
 * @param ner   its named-entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC},
 *              {@code O}...), or null where the sentence was not given named entities
 * @param begin offset of its first character in the article text (a Java string index)
 * @param end   offset just after its last character
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
