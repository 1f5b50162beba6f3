package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ArticleSource;
import org.entente.article.Corpus;
import org.entente.claims.EntityType;
import org.entente.claims.SituationType;
import org.entente.gazetteer.Gazetteer;
import org.entente.input.InputException;
import org.entente.pipeline.ProjectLayout;

/**
 * A corpus of any size for measuring the store, made without the extractor:
 * the project's seed article with its curated claims, then real article texts
 * (the BBC and Wikinews sets) taken in turn, copied under new ids once they
 * run out, each with a few claims drawn at random (seeded by its id, so the
 * same size gives the same corpus) about gazetteer actors, resting on one of
 * its own sentences. Claims are spread as news spreads them: most articles
 * carry none or one, a quarter on a source's word, a few hedged or predicted.
 *
 * <p>Writes {@code OUT/articles.jsonl} (what {@code entente ingest} reads) and
 * {@code OUT/claims/ID.json} (what {@code ingest --claims} takes instead of
 * extracting).
 */
public final class ScaleCorpus {
    /** Wikinews stories of the development set, kept out of generated corpora. */
    private static final List<String> HELD_OUT = List.of("2020-0007", "2019-0138", "2019-0016", "2020-0091", "2019-0144");
    private static final LocalDate FALLBACK_DATE = LocalDate.of(2005, 6, 1);
    private static final Pattern SENTENCE = Pattern.compile("[A-Z][^.!?\\n]{20,300}[.!?]");
    private static final List<SituationType> EVENTS = List.of(SituationType.PhoneCall, SituationType.Meeting,
            SituationType.Visit, SituationType.Negotiation, SituationType.Endorsement, SituationType.Disapproval,
            SituationType.Demand, SituationType.Threat, SituationType.Sanctions, SituationType.Aid,
            SituationType.Trade, SituationType.Appeal, SituationType.Statement, SituationType.Consultation);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;
    private final List<Path> texts;

    /**
     * @param data  the project's data folder: the gazetteer, and the seed article with its claims
     * @param texts folders of article texts (with manifests) to take in turn
     */
    public ScaleCorpus(Path data, List<Path> texts) {
        this.data = data;
        this.texts = List.copyOf(texts);
    }

    /** What was written. */
    public record Written(Path articles, Path claims, int count, int claimCount) {
    }

    /** Writes a corpus of {@code count} articles (at least 1: the seed) into {@code out}. */
    public Written write(int count, Path out) {
        if (count < 1) {
            throw InputException.of("--articles", "needs at least 1 article, got " + count);
        }
        ProjectLayout layout = new ProjectLayout(data);
        Gazetteer gazetteer = Gazetteer.read(layout.gazetteer());
        Actors actors = Actors.of(gazetteer);
        List<Article> pool = count > 1 ? readTexts() : List.of();
        try {
            Path claims = Files.createDirectories(out.resolve("claims"));
            Path articles = out.resolve("articles.jsonl");
            int claimCount = 0;
            try (BufferedWriter w = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
                String seed = seedId(layout);
                Article seedArticle = ArticleReader.read(layout.articleText(seed));
                w.write(line(seedArticle, seedArticle.id()));
                Files.copy(layout.claimsFile(seed), claims.resolve(seed + ".json"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                for (int i = 1; i < count; i++) {
                    Article text = pool.get((i - 1) % pool.size());
                    int copy = (i - 1) / pool.size();
                    String id = copy == 0 ? text.id() : "copy" + copy + "_" + text.id();
                    w.write(line(text, id));
                    ObjectNode doc = claimsFor(id, text.text(), actors);
                    claimCount += doc.withArray("claims").size();
                    Files.writeString(claims.resolve(id + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
                }
            }
            return new Written(articles, claims, count, claimCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seedId(ProjectLayout layout) {
        try (var files = Files.list(layout.claims())) {
            return files.map(ProjectLayout::articleIdOf).filter(id -> !id.equals("README.md"))
                    .filter(id -> Files.isRegularFile(layout.articleText(id))).sorted().findFirst()
                    .orElseThrow(() -> InputException.of(layout.claims().toString(), "no curated article to seed the corpus"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Article> readTexts() {
        List<Article> read = new ArrayList<>();
        for (ArticleSource in : sources()) {
            if (HELD_OUT.stream().anyMatch(in.id()::startsWith)) {
                continue;
            }
            try {
                Article a = in.read(FALLBACK_DATE);
                read.add(new Article(in.id(), a.text(), a.metadata()));
            } catch (InputException | IllegalArgumentException e) {
                // Unreadable texts (a Latin-1 file in the BBC set) are left out of the pool.
            }
        }
        if (read.isEmpty()) {
            throw InputException.of(texts.toString(), "no readable article texts to build a corpus from");
        }
        return read;
    }

    /**
     * The articles of each folder; a folder whose manifest gives no dates (the
     * BBC set's names its sources only) is read without it, dated {@link #FALLBACK_DATE}.
     */
    private List<ArticleSource> sources() {
        List<ArticleSource> all = new ArrayList<>();
        for (Path folder : texts) {
            try {
                all.addAll(Corpus.sources(List.of(folder), null));
            } catch (InputException e) {
                try (var files = Files.walk(folder)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> {
                        String id = folder.relativize(p).toString().replace(".txt", "").replaceAll("[^A-Za-z0-9-]", "_");
                        all.addAll(Corpus.sources(List.of(p), null).stream().map(s -> renamed(s, id)).toList());
                    });
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
        return all;
    }

    private static ArticleSource renamed(ArticleSource s, String id) {
        return new ArticleSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String where() {
                return s.where();
            }

            @Override
            public Article read(LocalDate fallbackDate) {
                return s.read(fallbackDate);
            }
        };
    }

    private static String line(Article a, String id) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("date", a.metadata().published().toString());
        o.put("title", a.metadata().title());
        if (a.metadata().url() != null) {
            o.put("url", a.metadata().url());
        }
        o.put("text", a.text());
        return JSON.writeValueAsString(o) + "\n";
    }

    /** None to three claims, each about an event between two actors, resting on one of the article's sentences. */
    private static ObjectNode claimsFor(String id, String text, Actors actors) {
        SplittableRandom random = new SplittableRandom(id.hashCode() * 0x9E3779B97F4A7C15L);
        List<int[]> sentences = sentences(text);
        double r = random.nextDouble();
        int n = sentences.isEmpty() ? 0 : r < 0.55 ? 0 : r < 0.85 ? 1 : r < 0.97 ? 2 : 3;
        ObjectNode doc = JSON.createObjectNode();
        doc.put("article", id);
        doc.put("producedBy", "entente-bench synthetic");
        ArrayNode events = doc.putArray("events");
        ArrayNode claims = doc.putArray("claims");
        for (int i = 1; i <= n; i++) {
            String a = actors.agent(random);
            String b = actors.agent(random);
            while (b.equals(a)) {
                b = actors.agent(random);
            }
            ObjectNode event = events.addObject();
            event.put("id", "e" + i);
            event.put("type", EVENTS.get(random.nextInt(EVENTS.size())).name());
            ArrayNode participants = event.putArray("participants");
            participants.addObject().put("entity", a).put("role", "initiator");
            participants.addObject().put("entity", b).put("role", "recipient");
            event.put("status", "occurred");

            ObjectNode claim = claims.addObject();
            claim.put("id", "c" + i);
            claim.put("about", "e" + i);
            double f = random.nextDouble();
            if (f < 0.25) {
                claim.put("factuality", "reported");
                claim.put("source", actors.source(random));
            } else {
                claim.put("factuality", f < 0.30 ? "hedged" : f < 0.35 ? "predicted" : "asserted");
            }
            int[] s = sentences.get(random.nextInt(sentences.size()));
            int start = text.codePointCount(0, s[0]);
            int end = start + text.codePointCount(s[0], s[1]);
            claim.putArray("evidence").addObject().put("start", start).put("end", end).put("quote", text.substring(s[0], s[1]));
        }
        return doc;
    }

    /** Char ranges of plain sentences, in text order. */
    private static List<int[]> sentences(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /** Gazetteer ids that can take part in events (states, people, bodies) and those that can be a source. */
    private record Actors(List<String> agents, List<String> sources) {
        static Actors of(Gazetteer g) {
            List<String> agents = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            g.entities().forEach(e -> {
                if (e.type() == EntityType.State || e.type() == EntityType.Person || e.type() == EntityType.GovernmentBody) {
                    agents.add(e.id());
                }
                if (e.type() == EntityType.MediaOutlet || e.type() == EntityType.GovernmentBody) {
                    sources.add(e.id());
                }
            });
            agents.sort(null);
            sources.sort(null);
            return new Actors(agents, sources);
        }

        String agent(SplittableRandom r) {
            return agents.get(r.nextInt(agents.size()));
        }

        String source(SplittableRandom r) {
            return sources.get(r.nextInt(sources.size()));
        }
    }
}
