package org.entente.serve;

/**
 * Escapes text for HTML. Every value the server writes into a page, whether
 * element content or attribute, goes through {@link #escape}: article text and
 * labels come from the news and may hold markup such as {@code <script>}.
 */
final class Html {
    private Html() {
    }

    /** The text with {@code & < > " '} replaced by character references; null becomes "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
