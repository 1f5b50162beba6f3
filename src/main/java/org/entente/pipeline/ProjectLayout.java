package org.entente.pipeline;

import java.nio.file.Path;

/**
 * Where entente's inputs live. The data folder holds the knowledge extraction
 * and checking use ({@code gazetteer/}, {@code lexicon/}); a corpus folder holds
 * articles ({@code articles/ID.txt} with {@code articles/ID.json}) and their
 * claims ({@code claims/ID.json}). The project's own corpus is its data folder;
 * a gold set kept elsewhere (the development set) is a corpus folder of its own.
 *
 * @param data   the folder with {@code gazetteer/} and {@code lexicon/}
 * @param corpus the folder with {@code articles/} and {@code claims/}
 */
public record ProjectLayout(Path data, Path corpus) {

    /** The project layout, where articles and claims sit in the data folder itself. */
    public ProjectLayout(Path data) {
        this(data, data);
    }

    public Path articles() {
        return corpus.resolve("articles");
    }

    public Path claims() {
        return corpus.resolve("claims");
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
