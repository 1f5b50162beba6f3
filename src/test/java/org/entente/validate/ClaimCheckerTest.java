package org.entente.validate;

import org.entente.claims.ClaimDocument;
import org.entente.claims.ClaimsJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.entente.input.Problem;
import org.entente.TestProject;
import org.entente.article.Article;
import org.entente.article.ArticleMetadata;
import org.entente.article.ArticleReader;
import org.entente.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Gazetteer gazetteer;
    private static Article article;
    private static byte[] curated;

    @BeforeAll
    static void readProjectData() throws Exception {
        gazetteer = Gazetteer.read(TestProject.data().resolve("gazetteer"));
        article = ArticleReader.read(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"));
        curated = java.nio.file.Files.readAllBytes(TestProject.data().resolve("claims/" + TestProject.SEED + ".json"));
    }

    /** The curated claims after an edit, checked. */
    private static List<Problem> problemsAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(curated);
        edit.accept(root);
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        ClaimDocument doc = ClaimsJson.parse("claims.json", bytes);
        return new ClaimChecker(gazetteer).problems(doc, article);
    }

    private static ObjectNode claim(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("claims").get(i);
    }

    @Test
    void curatedClaimsOfTheSeedArticlePass() throws Exception {
        assertEquals(List.of(), problemsAfter(root -> { }));
    }

    @Test
    void rejectsQuoteThatDoesNotMatchOffsets() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            ObjectNode evidence = (ObjectNode) claim(root, 0).withArray("evidence").get(0);
            evidence.put("start", evidence.get("start").asInt() + 1);
            evidence.put("end", evidence.get("end").asInt() + 1);
        });
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.message().startsWith("quote does not match the article at offsets"), p.message());
        assertTrue(p.line() > 0 && p.column() > 0, "names line and column: " + p);
    }

    @Test
    void rejectsOffsetPastTheEndOfTheArticle() throws Exception {
        List<Problem> problems = problemsAfter(root ->
                ((ObjectNode) claim(root, 0).withArray("evidence").get(0)).put("end", 1_000_000));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("past the end of the article"), problems.toString());
    }

    @Test
    void rejectsUnknownEntity() throws Exception {
        List<Problem> problems = problemsAfter(root -> claim(root, 7).put("source", "cctvv"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("unknown entity 'cctvv'"), problems.toString());
    }

    @Test
    void rejectsDuplicateClaimId() throws Exception {
        List<Problem> problems = problemsAfter(root -> claim(root, 1).put("id", claim(root, 0).get("id").asText()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("duplicate claim id"), problems.toString());
    }

    @Test
    void rejectsSituationThatNoClaimAsserts() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            ArrayNode claims = root.withArray("claims");
            for (int i = claims.size() - 1; i >= 0; i--) {
                if (claims.get(i).get("about").asText().equals("western-sanctions")) {
                    claims.remove(i);
                }
            }
        });
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'western-sanctions' is not the subject of any claim"));
    }

    @Test
    void rejectsAnOfficeTakingPartAsIfItCouldAct() throws Exception {
        List<Problem> problems = problemsAfter(root -> ((ObjectNode) root.withArray("events").get(0)
                .withArray("participants").get(0)).put("entity", "president-of-china"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("cannot act"), problems.toString());
    }

    @Test
    void rejectsActingForSomethingThatCannotAct() throws Exception {
        List<Problem> problems = problemsAfter(root -> ((ObjectNode) root.withArray("events").get(0)
                .withArray("participants").get(0)).put("actingFor", "president-of-china"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'president-of-china'") && problems.get(0).message().contains("cannot act"),
                problems.toString());
        List<Problem> unknown = problemsAfter(root -> ((ObjectNode) root.withArray("events").get(0)
                .withArray("participants").get(0)).put("actingFor", "atlantis"));
        assertEquals(1, unknown.size(), unknown.toString());
    }

    @Test
    void rejectsARelationshipFiledAmongEvents() throws Exception {
        List<Problem> problems = problemsAfter(root -> ((ObjectNode) root.withArray("events").get(0)).put("type", "Alliance"));
        assertTrue(problems.stream().anyMatch(p -> p.message().equals(
                "Alliance is a relationship; move 'xi-putin-call' to the relations array")), problems.toString());
    }

    @Test
    void rejectsPartOfLinksThatGoRoundInACircle() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            for (var e : root.withArray("events")) {
                if (e.get("id").asText().equals("ukraine-war")) {
                    ((ObjectNode) e).put("partOf", "full-scale-invasion");
                }
            }
        });
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'ukraine-war' is, through 'partOf' links, partOf itself")),
                problems.toString());
    }

    @Test
    void rejectsADateTextTheArticleDoesNotContain() throws Exception {
        List<Problem> problems = problemsAfter(root -> ((ObjectNode) root.withArray("events").get(0).get("date")).put("text", "on Tuesday"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("\"on Tuesday\" does not occur in the article"));
    }

    @Test
    void enumValuesAreLowerCaseAsDocumented() {
        String json = new String(curated, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"asserted\"", "\"ASSERTED\"");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.entente.input.InputException.class,
                () -> ClaimsJson.parse("c.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("'ASSERTED' is not one of"), e.getMessage());
    }

    @Test
    void rejectsASituationIdThatIsAlsoAnEntityId() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            ((ObjectNode) root.withArray("events").get(0)).put("id", "china");
            for (var c : root.withArray("claims")) {
                if (c.get("about").asText().equals("xi-putin-call")) {
                    ((ObjectNode) c).put("about", "china");
                }
            }
        });
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("situation id 'china' is also an entity id")),
                problems.toString());
    }

    @Test
    void rejectsAPlaceOnARelationship() throws Exception {
        List<Problem> problems = problemsAfter(root -> ((ObjectNode) root.withArray("relations").get(0)).put("place", "kyiv"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'place' applies to events"), problems.toString());
    }

    @Test
    void rejectsClaimAboutAnUndefinedSituation() throws Exception {
        List<Problem> problems = problemsAfter(root -> claim(root, 0).put("about", "no-such-event"));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'no-such-event', which is not")), problems.toString());
    }

    @Test
    void countsOffsetsInCodePointsNotUtf16Units() {
        String text = "\uD83C\uDF0D Brazil and Canada met.";
        Article a = new Article("a1", text, new ArticleMetadata("t", LocalDate.of(2025, 1, 1), "en", null, null, null));
        String json = """
                {"article": "a1", "producedBy": "curated",
                 "events": [{"id": "e1", "type": "Meeting",
                   "participants": [{"entity": "brazil", "role": "participant"}, {"entity": "canada", "role": "participant"}]}],
                 "claims": [{"id": "c1", "about": "e1", "evidence": [{"start": 2, "end": 8, "quote": "Brazil"}], "factuality": "asserted"}]}
                """;
        ClaimDocument doc = ClaimsJson.parse("c.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(), new ClaimChecker(gazetteer).problems(doc, a));
        ClaimDocument utf16 = ClaimsJson.parse("c.json", json.replace("\"start\": 2, \"end\": 8", "\"start\": 3, \"end\": 9")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, new ClaimChecker(gazetteer).problems(utf16, a).size());
    }

    @Test
    void rejectsClaimsFiledForAnotherArticle() throws Exception {
        List<Problem> problems = problemsAfter(root -> root.put("article", "other"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("claims are for article 'other'"));
    }


    private static ObjectNode event(ObjectNode root, String id) {
        for (var e : root.withArray("events")) {
            if (e.get("id").asText().equals(id)) {
                return (ObjectNode) e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    void acceptsAPersonTheArticleDefinesItself() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            ObjectNode p = root.withArray("entities").addObject();
            p.put("id", "li-hui").put("type", "Person").put("label", "Li Hui").put("country", "china");
            ((ArrayNode) event(root, "xi-putin-call").withArray("participants")).addObject()
                    .put("entity", "li-hui").put("role", "participant");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void rejectsAnArticleEntityWhoseCountryIsUnknown() throws Exception {
        List<Problem> problems = problemsAfter(root -> root.withArray("entities").addObject()
                .put("id", "li-hui").put("type", "Person").put("label", "Li Hui").put("country", "atlantis"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("country 'atlantis' is not in the gazetteer"), problems.toString());
    }

    @Test
    void rejectsAnArticleEntityThatRedefinesAGazetteerEntityAsAnotherType() throws Exception {
        List<Problem> problems = problemsAfter(root -> root.withArray("entities").addObject()
                .put("id", "china").put("type", "Person").put("label", "China"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'china' is a State in the gazetteer"), problems.toString());
    }

    @Test
    void rejectsAnArticleEntityDefinedTwice() throws Exception {
        List<Problem> problems = problemsAfter(root -> {
            root.withArray("entities").addObject().put("id", "li-hui").put("type", "Person").put("label", "Li Hui");
            root.withArray("entities").addObject().put("id", "li-hui").put("type", "Person").put("label", "Li Hui");
        });
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("entity 'li-hui' is defined twice")), problems.toString());
    }

    @Test
    void rejectsAnAimThatIsNoSituationOfTheFile() throws Exception {
        List<Problem> problems = problemsAfter(root -> event(root, "russia-us-summit").put("aim", "lasting-peace"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'lasting-peace' is not an event or relation of this claim set"),
                problems.toString());
    }

    @Test
    void acceptsAnAimThatIsAnEventOfTheFile() throws Exception {
        assertEquals(List.of(), problemsAfter(root -> event(root, "china-brazil-proposal").put("aim", "proposed-peace-conference")));
    }
}
