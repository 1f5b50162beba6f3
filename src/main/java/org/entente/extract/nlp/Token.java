package org.entente.extract.nlp;

/**
 * One token of an article, with its place in the article text (UTF-16 indices,
 * end exclusive) and its Universal Dependencies part-of-speech tag.
 *
 * @param text  the token as the article writes it
 * @param norm  the token with typographic quotes made plain ({@code ’} becomes {@code '})
 * @param start index of its first character in the article
 * @param end   index just past its last character
 * @param tag   the UD part-of-speech tag: NOUN, PROPN, VERB, AUX, ADJ...
 */
public record Token(String text, String norm, int start, int end, String tag) {

    /** The plain form in lower case, for matching words. */
    public String lower() {
        return norm.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean is(String... tags) {
        for (String t : tags) {
            if (tag.equals(t)) {
                return true;
            }
        }
        return false;
    }
}
