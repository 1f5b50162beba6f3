package org.entente.input;

import java.util.regex.Pattern;

/** The shape of identifiers that become parts of IRIs. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ARTICLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private Ids() {
    }

    /** Lowercase ASCII words joined by single hyphens: {@code xi-jinping}, {@code c07}. */
    public static String requireSlug(String id, String what) {
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' must be lowercase letters and digits joined by hyphens");
        }
        return id;
    }

    /** Article ids are file names without extension: letters, digits, '_', '.', '-'. */
    public static String requireArticleId(String id) {
        if (id == null || !ARTICLE.matcher(id).matches()) {
            throw new IllegalArgumentException("article id '" + id
                    + "' must be letters, digits, '_', '.' or '-'");
        }
        return id;
    }

}
