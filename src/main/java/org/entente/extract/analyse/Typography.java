package org.entente.extract.analyse;

/** Plain forms of typographic characters, one character for one, so offsets hold. */
public final class Typography {
    private Typography() {
    }

    /** Curly quotes and primes straight, dashes hyphens, no-break spaces spaces. */
    public static String plain(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            });
        }
        return b.toString();
    }

    /** The longest run of non-space characters read as a word; longer ones are noise to the models. */
    public static final int LONGEST_WORD = 500;

    /**
     * The text with every run of non-space characters longer than
     * {@link #LONGEST_WORD} blanked out, character for character, so offsets
     * hold: a megabyte of one "word" would otherwise hold up the tokenizer for
     * minutes and says nothing.
     */
    public static String withoutOverlongWords(String text) {
        StringBuilder b = null;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space) {
                run++;
                continue;
            }
            if (run > LONGEST_WORD) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                for (int k = i - run; k < i; k++) {
                    b.setCharAt(k, ' ');
                }
            }
            run = 0;
        }
        return b == null ? text : b.toString();
    }
}
