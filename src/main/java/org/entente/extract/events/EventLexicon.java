package org.entente.extract.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.input.StrictJson;

/**
 * The words that signal events, kept as data ({@code data/lexicon/events.json}):
 * for each CAMEO category, the verbs and nouns, with the conditions that tell
 * one sense from another. Immutable once read.
 */
public final class EventLexicon {
    private static final ObjectMapper MAPPER = StrictJson.builder().build();

    private final List<EventEntry> entries;
    /** Entries by part of speech and lemma, the most specific first. */
    private final Map<String, List<EventEntry>> byWord;

    private record LexiconFile(List<EventEntry> entries) {
    }

    private EventLexicon(List<EventEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<EventEntry>> index = new HashMap<>();
        for (EventEntry e : entries) {
            for (String w : e.words()) {
                index.computeIfAbsent(e.pos() + ":" + w, k -> new ArrayList<>()).add(e);
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt(EventEntry::specificity).reversed()));
        this.byWord = Map.copyOf(index);
    }

    public static EventLexicon read(Path file) {
        try {
            LexiconFile f = MAPPER.readValue(file.toFile(), LexiconFile.class);
            if (f == null || f.entries() == null || f.entries().isEmpty()) {
                throw InputException.of(file.toString(), "expected an object with a non-empty 'entries' array");
            }
            return new EventLexicon(f.entries());
        } catch (JsonProcessingException e) {
            throw new InputException(JsonProblems.of(file.toString(), e));
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** The entries a lemma may trigger as a verb or noun, the most specific first. */
    public List<EventEntry> entries(String pos, String lemma) {
        return byWord.getOrDefault(pos + ":" + lemma, List.of());
    }

    public List<EventEntry> entries() {
        return entries;
    }

    /** Every lemma that can trigger an event, of either part of speech. */
    public Set<String> lemmas() {
        Set<String> out = new java.util.HashSet<>();
        entries.forEach(e -> out.addAll(e.words()));
        return out;
    }
}
