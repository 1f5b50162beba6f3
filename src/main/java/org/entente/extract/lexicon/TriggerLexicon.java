package org.entente.extract.lexicon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.claims.SituationType;

/**
 * The words that signal an event or relationship, each mapped to an ontology
 * type, a CAMEO code and the places in the sentence its participants are found,
 * read from {@code data/lexicon/triggers.json} (see {@code data/lexicon/README.md}).
 * Immutable once read.
 */
public final class TriggerLexicon {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * What the lexicon says about one type.
     *
     * @param cameo   the CAMEO code of an event type, null for relationships
     * @param broader the type it is a kind of, or null; an anaphor such as "the meeting" may name a narrower one
     */
    public record TypeInfo(String cameo, SituationType broader) {
    }

    private record LexiconFile(Map<SituationType, TypeInfo> types, List<Trigger> triggers) {
    }

    private final Map<SituationType, TypeInfo> types;
    private final List<Trigger> triggers;
    private final List<Phrase> phrases;

    /** One word or phrase of a trigger entry, for matching longest first. */
    public record Phrase(String text, Trigger trigger) {
    }

    private TriggerLexicon(Map<SituationType, TypeInfo> types, List<Trigger> triggers) {
        this.types = Map.copyOf(types);
        this.triggers = List.copyOf(triggers);
        List<Phrase> all = new ArrayList<>();
        for (Trigger t : triggers) {
            for (String w : t.words()) {
                all.add(new Phrase(w, t));
            }
        }
        all.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
        this.phrases = List.copyOf(all);
    }

    public static TriggerLexicon read(Path file) {
        LexiconFile parsed;
        try {
            parsed = MAPPER.readValue(file.toFile(), LexiconFile.class);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read the trigger lexicon: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < parsed.triggers().size(); i++) {
            Trigger t = parsed.triggers().get(i);
            List<String> written = new ArrayList<>(t.words());
            written.addAll(t.requires());
            for (String w : written) {
                if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(Problem.at(file.toString(), "trigger " + i + " " + t.words() + ": \"" + w
                            + "\" must be written in lower case; words match in any case"));
                }
            }
            TypeInfo info = parsed.types().get(t.type());
            boolean event = t.type().kind() == SituationType.Kind.EVENT;
            if (event && info == null) {
                problems.add(Problem.at(file.toString(), "trigger " + i + " " + t.words() + ": event type "
                        + t.type() + " is not listed under \"types\""));
            } else if (event && !java.util.Objects.equals(info.cameo(), t.cameo())) {
                problems.add(Problem.at(file.toString(), "trigger " + i + " " + t.words() + ": CAMEO code "
                        + t.cameo() + " differs from " + info.cameo() + " given for " + t.type()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new TriggerLexicon(parsed.types(), parsed.triggers());
    }

    public List<Trigger> triggers() {
        return triggers;
    }

    /** Every phrase, longest first. */
    public List<Phrase> phrases() {
        return phrases;
    }

    public Map<SituationType, TypeInfo> types() {
        return types;
    }

    public Optional<String> cameo(SituationType type) {
        return Optional.ofNullable(types.get(type)).map(TypeInfo::cameo);
    }

    /** True when {@code narrower} is {@code type} or, through "broader" links, a kind of it. */
    public boolean isA(SituationType narrower, SituationType type) {
        SituationType t = narrower;
        for (int guard = 0; t != null && guard < 10; guard++) {
            if (t == type) {
                return true;
            }
            TypeInfo info = types.get(t);
            t = info == null ? null : info.broader();
        }
        return false;
    }
}
