package org.entente.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.input.InputException;
import org.entente.input.Problem;

/**
 * A corpus's split into a part to tune on and a part to report on:
 * {@code split.tsv}, one article a line, {@code ARTICLE<tab>tuning} or
 * {@code ARTICLE<tab>test}, after an optional header; lines starting with
 * {@code #} are comments.
 */
public final class Split {
    /** The split file's name inside a corpus folder. */
    public static final String FILE = "split.tsv";

    private Split() {
    }

    /** Article id to part; an input error when the corpus has no split file or a line is malformed. */
    public static Map<String, String> read(Path corpus) {
        Path file = corpus.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw InputException.of(file.toString(), "no split file; a part can be chosen only in a corpus with " + FILE);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
        Map<String, String> split = new LinkedHashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (header) {
                header = false;
                if (f[0].equals("article")) {
                    continue;
                }
            }
            if (f.length != 2 || !(f[1].equals("tuning") || f[1].equals("test"))) {
                throw new InputException(Problem.at(file.toString(), i + 1, 1, "expected 'ARTICLE<tab>tuning' or 'ARTICLE<tab>test'"));
            }
            if (split.put(f[0], f[1]) != null) {
                throw new InputException(Problem.at(file.toString(), i + 1, 1, "article '" + f[0] + "' is listed twice"));
            }
        }
        return split;
    }
}
