package org.entente.evaluate;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An evaluation as people read it (text) and as programs compare it run to
 * run (a JSON-ready tree of maps, lists, numbers and strings).
 */
public final class EvaluationReport {
    private EvaluationReport() {
    }

    /** Prints the figures, then every miss and invention with its sentence. */
    public static void print(String title, Evaluation e, PrintStream out) {
        out.println(title + ": " + e.articles().size() + " article(s)");
        out.println("events, strict  (same CAMEO root, gold source and target in their roles, gold date at its granularity):");
        line(out, "  overall", e.strict());
        e.strictByRoot().forEach((root, c) -> line(out, "    root " + root, c));
        out.println("events, lenient (same CAMEO root and any one gold actor):");
        line(out, "  overall", e.lenient());
        e.lenientByRoot().forEach((root, c) -> line(out, "    root " + root, c));
        out.println("on strictly matched events:");
        tally(out, "  factuality", e.factuality());
        tally(out, "  source", e.source());
        tally(out, "  status", e.status());
        out.println("on events matched strictly but for the date:");
        tally(out, "  dates", e.dates());
        out.printf(Locale.ROOT, "  %-20s %d%n", "dated, gold has none", e.extraDates());
        out.println("links (gold links recovered; extracted links right):");
        line(out, "  all", e.allLinks());
        e.links().forEach((type, c) -> line(out, "    " + type, c));
        line(out, "relations", e.relations());
        List<Finding> missed = e.missed();
        List<Finding> invented = e.invented();
        out.println("missed (" + missed.size() + "):");
        missed.forEach(f -> finding(out, f));
        out.println("invented (" + invented.size() + "):");
        invented.forEach(f -> finding(out, f));
        List<LinkFinding> links = e.linkErrors();
        out.println("links missed (" + links.stream().filter(LinkFinding::missed).count() + "):");
        links.stream().filter(LinkFinding::missed).forEach(l -> link(out, l));
        out.println("links wrong (" + links.stream().filter(l -> !l.missed()).count() + "):");
        links.stream().filter(l -> !l.missed()).forEach(l -> link(out, l));
        List<JudgementFinding> judged = e.judgementErrors();
        out.println("judged otherwise (" + judged.size() + "):");
        judged.forEach(j -> out.println("  " + j.article() + " [" + j.event() + "] as [" + j.found() + "] " + j.aspect() + " "
                + j.given() + " instead of " + j.gold()));
    }

    private static void link(PrintStream out, LinkFinding l) {
        out.println("  " + l.article() + " [" + l.event() + "] " + l.type() + " [" + l.target() + "]");
    }

    private static void line(PrintStream out, String label, Counts c) {
        out.printf(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", label,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    private static void tally(PrintStream out, String label, Tally t) {
        out.printf(Locale.ROOT, "%-22s %.3f  (%d of %d)%n", label, t.accuracy(), t.correct(), t.total());
    }

    private static void finding(PrintStream out, Finding f) {
        out.println("  " + f.article() + " [" + f.event() + "] " + f.cameo() + " " + f.description());
        out.println("      \"" + abbreviate(f.sentence()) + "\"");
        if (f.nearest() != null) {
            out.println("      nearest: " + f.nearest());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    /** The evaluation as a tree for a JSON writer. */
    public static Map<String, Object> tree(Evaluation e, Map<String, Object> context) {
        Map<String, Object> root = new LinkedHashMap<>(context);
        root.put("articles", e.articles().size());
        root.put("strict", counts(e.strict()));
        root.put("strictByRoot", byKey(e.strictByRoot()));
        root.put("lenient", counts(e.lenient()));
        root.put("lenientByRoot", byKey(e.lenientByRoot()));
        root.put("factuality", tally(e.factuality()));
        root.put("source", tally(e.source()));
        root.put("status", tally(e.status()));
        root.put("dates", tally(e.dates()));
        root.put("datedWhereGoldHasNone", e.extraDates());
        root.put("links", counts(e.allLinks()));
        root.put("linksByType", byKey(e.links()));
        root.put("relations", counts(e.relations()));
        Map<String, Object> perArticle = new LinkedHashMap<>();
        e.articles().forEach(a -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("strict", counts(a.strict()));
            one.put("lenient", counts(a.lenient()));
            perArticle.put(a.article(), one);
        });
        root.put("perArticle", perArticle);
        root.put("missed", e.missed());
        root.put("invented", e.invented());
        root.put("linkErrors", e.linkErrors());
        root.put("judgementErrors", e.judgementErrors());
        return root;
    }

    private static Map<String, Object> byKey(Map<String, Counts> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, c) -> out.put(k, counts(c)));
        return out;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("tp", c.truePositives());
        m.put("fp", c.falsePositives());
        m.put("fn", c.falseNegatives());
        return m;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", round(t.accuracy()));
        m.put("correct", t.correct());
        m.put("total", t.total());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
