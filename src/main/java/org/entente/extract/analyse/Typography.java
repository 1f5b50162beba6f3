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
}
