package org.entente.serve;

import org.owasp.encoder.Encode;

/**
 * Escapes text for HTML, with the OWASP encoder. Every value the server writes
 * into a page, whether element content or a quoted attribute, goes through
 * {@link #escape}: article text and labels come from the news and may hold
 * markup such as {@code <script>}.
 */
final class Html {
    private Html() {
    }

    /** The text with {@code & < > " '} replaced by character references; null becomes "". */
    static String escape(String text) {
        return text == null ? "" : Encode.forHtml(text);
    }
}
