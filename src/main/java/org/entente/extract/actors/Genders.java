package org.entente.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a person may be meant by "he" or by "she": by the given name, where
 * the name list of the CoreNLP models knows it as one of a man or of a woman,
 * else by the first pronoun the article gave the person. Lives for one article.
 */
final class Genders {
    /** Given names with the gender they are given to, from the CoreNLP models jar (absent: none known). */
    private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private final Cast cast;
    /** The gender pronouns gave people, 'm' or 'f'; the first one given stands. */
    private final Map<String, Character> heard = new HashMap<>();
    /** The gender each actor's given name gives, looked up once per actor ('?' where none). */
    private final Map<String, Character> named = new HashMap<>();

    Genders(Cast cast) {
        this.cast = cast;
    }

    /** Whether a pronoun of this gender ('m' or 'f') may stand for an actor. */
    boolean fits(String entity, char gender) {
        char known = named.computeIfAbsent(entity, this::byName);
        if (known == '?') {
            known = heard.getOrDefault(entity, '?');
        }
        return known == '?' || known == gender;
    }

    /** Records the gender a pronoun gave a person. */
    void heard(String entity, char gender) {
        heard.putIfAbsent(entity, gender);
    }

    private char byName(String entity) {
        return cast.entities().find(entity).map(e -> {
            String first = e.label().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
            return first.length() > 1 ? Given.NAMES.getOrDefault(first, '?') : '?';
        }).orElse('?');
    }

    /** The name list, read once when first needed. */
    private static final class Given {
        static final Map<String, Character> NAMES = read();

        private static Map<String, Character> read() {
            Map<String, Character> names = new HashMap<>();
            InputStream in = Genders.class.getClassLoader().getResourceAsStream(Genders.NAMES);
            if (in == null) {
                return names;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] cols = line.split("\t");
                    if (cols.length == 2 && cols[1].matches("MALE|FEMALE")) {
                        // a name listed for both is known for neither
                        char g = cols[1].equals("MALE") ? 'm' : 'f';
                        names.merge(cols[0].trim().toLowerCase(Locale.ROOT), g, (a, b) -> a.equals(b) ? a : '?');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + Genders.NAMES, e);
            }
            names.values().removeIf(g -> g == '?');
            return names;
        }
    }
}
