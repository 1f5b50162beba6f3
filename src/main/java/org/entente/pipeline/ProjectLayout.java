package org.entente.pipeline;

import java.nio.file.Path;

/**
 * Where entente's inputs live inside a data folder: {@code articles/ID.txt}
 * with {@code articles/ID.json}, {@code claims/ID.json}, and {@code gazetteer/}.
 */
public record ProjectLayout(Path data) {

    public Path articles() {
        return data.resolve("articles");
    }

    public Path claims() {
        return data.resolve("claims");
    }

    public Path gazetteer() {
        return data.resolve("gazetteer");
    }

    public Path articleText(String articleId) {
        return articles().resolve(articleId + ".txt");
    }

    public Path claimsFile(String articleId) {
        return claims().resolve(articleId + ".json");
    }

    /** The article id a claims file is for: its name without {@code .json}. */
    public static String articleIdOf(Path claimsFile) {
        String name = claimsFile.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
