package org.entente.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsJsonTest {

    private static Problem onlyProblem(String json) {
        InputException e = assertThrows(InputException.class,
                () -> ClaimsJson.parse("claims.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void readsTheCuratedClaimsOfTheSeedArticle() {
        ClaimDocument doc = ClaimsJson.read(TestProject.data().resolve("claims/" + TestProject.SEED + ".json"));
        ClaimSet set = doc.claims();
        assertEquals(TestProject.SEED, set.article());
        assertEquals("curated", set.producedBy());
        assertTrue(set.claims().size() >= 30, "the article has dozens of claims");
        assertTrue(set.events().stream().allMatch(Situation::isEvent));
        assertTrue(set.relations().stream().noneMatch(Situation::isEvent));
    }

    @Test
    void writingAndReadingBackGivesAnEqualClaimSet() {
        ClaimSet original = ClaimsJson.read(TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).claims();
        String json = ClaimsJson.write(original);
        ClaimSet again = ClaimsJson.parse("again.json", json.getBytes(StandardCharsets.UTF_8)).claims();
        assertEquals(original, again);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Problem p = onlyProblem("{\n  \"article\": \"a1\",\n  \"producedBy\": \"curated\"\n  \"claims\": []\n}\n");
        assertEquals("claims.json", p.file());
        assertEquals(4, p.line());
        assertTrue(p.column() > 0);
    }

    @Test
    void unknownFieldIsRefusedWhereItStands() {
        Problem p = onlyProblem("{\"article\": \"a1\", \"producedBy\": \"curated\",\n \"claimz\": []}");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("claimz"), p.message());
    }

    @Test
    void unknownRoleListsTheRolesAllowed() {
        Problem p = onlyProblem("""
                {"article": "a1", "producedBy": "curated",
                 "events": [{"id": "e1", "type": "PhoneCall",
                   "participants": [{"entity": "china", "role": "caller"}]}]}
                """);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("'caller' is not one of: initiator"), p.message());
    }

    @Test
    void duplicateKeyIsRefused() {
        Problem p = onlyProblem("{\"article\": \"a1\", \"article\": \"a2\", \"producedBy\": \"curated\"}");
        assertTrue(p.message().toLowerCase().contains("duplicate"), p.message());
    }

    @Test
    void impossibleDateIsRefusedWithTheModelsReason() {
        Problem p = onlyProblem("""
                {"article": "a1", "producedBy": "curated",
                 "events": [{"id": "e1", "type": "PhoneCall", "date": {"value": "2025-02-30"}}]}
                """);
        assertTrue(p.message().contains("2025-02-30"), p.message());
        assertEquals(2, p.line());
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("x.json"));
        InputException e = assertThrows(InputException.class, () -> ClaimsJson.read(empty));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void locatesNestedValuesByJsonPointer() {
        ClaimDocument doc = ClaimsJson.parse("c.json", """
                {"article": "a1", "producedBy": "curated",
                 "claims": [
                   {"id": "c1", "about": "e1", "evidence": [{"start": 0, "end": 2, "quote": "ab"}], "factuality": "asserted"},
                   {"id": "c2", "about": "e1",
                    "evidence": [{"start": 0, "end": 2, "quote": "ab"}], "factuality": "asserted"}
                 ]}
                """.getBytes(StandardCharsets.UTF_8));
        Problem p = doc.problemAt("/claims/1/evidence/0/quote", "x");
        assertEquals(5, p.line());
        Problem fallback = doc.problemAt("/claims/1/nothing/here", "x");
        assertEquals(4, fallback.line());
    }

    private static final String ONE_EVENT = """
            {"article": "a", "producedBy": "curated",
             "events": [{"id": "e1", %s, "participants": [{"entity": "canada", "role": "initiator"}]}],
             "claims": [{"id": "c1", "about": "e1", "evidence": [{"start": 0, "end": 1, "quote": "x"}], "factuality": "asserted"}]}
            """;

    private static ClaimSet oneEvent(String fields) {
        return ClaimsJson.parse("c.json", ONE_EVENT.formatted(fields).getBytes(StandardCharsets.UTF_8)).claims();
    }

    @Test
    void aCameoCodeAloneGivesTheClassOfItsRoot() {
        Situation s = oneEvent("\"cameo\": \"173\"").events().get(0);
        assertEquals(SituationType.Coercion, s.type());
        assertEquals("17", s.cameoCode().root());
        assertEquals("COERCE", s.cameoCode().plover());
    }

    @Test
    void aTypeAloneGivesItsOwnCameoCode() {
        Situation s = oneEvent("\"type\": \"PhoneCall\"").events().get(0);
        assertEquals("041", s.cameoCode().value());
    }

    @Test
    void aCodeUnderAnotherRootThanTheTypeIsRefused() {
        InputException e = assertThrows(InputException.class, () -> oneEvent("\"type\": \"Visit\", \"cameo\": \"111\""));
        assertTrue(e.problems().get(0).message().contains("CAMEO code 111 is under root 11, but a Visit is under root 04"),
                e.problems().toString());
    }

    @Test
    void anUnknownCameoCodeIsRefused() {
        InputException e = assertThrows(InputException.class, () -> oneEvent("\"cameo\": \"047\""));
        assertTrue(e.problems().get(0).message().contains("'047' is not a CAMEO event code"), e.problems().toString());
    }

    @Test
    void anEventNeedsATypeOrACode() {
        InputException e = assertThrows(InputException.class, () -> oneEvent("\"label\": \"something\""));
        assertTrue(e.problems().get(0).message().contains("needs a type or, for an event, a CAMEO code"), e.problems().toString());
    }

    @Test
    void authorDateAndArticleEntitiesSurviveARoundTrip() {
        String json = """
                {"article": "a", "producedBy": "curated", "author": "entente curators", "written": "2026-11-30",
                 "entities": [{"id": "li-hui", "type": "Person", "label": "Li Hui", "country": "china"}],
                 "events": [{"id": "e1", "cameo": "042", "aim": "e2", "participants": [{"entity": "li-hui", "role": "initiator"}]},
                            {"id": "e2", "cameo": "046", "status": "planned"}],
                 "claims": [{"id": "c1", "about": "e1", "evidence": [{"start": 0, "end": 1, "quote": "x"}], "factuality": "asserted"}]}
                """;
        ClaimSet set = ClaimsJson.parse("c.json", json.getBytes(StandardCharsets.UTF_8)).claims();
        assertEquals("li-hui", set.entities().get(0).id());
        assertEquals("e2", set.events().get(0).aim());
        assertEquals(set, ClaimsJson.parse("again", ClaimsJson.write(set).getBytes(StandardCharsets.UTF_8)).claims());
    }

    @Test
    void aWrittenDateThatIsNoDateIsRefused() {
        String json = "{\"article\": \"a\", \"producedBy\": \"curated\", \"written\": \"yesterday\", \"claims\": []}";
        InputException e = assertThrows(InputException.class, () -> ClaimsJson.parse("c.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problems().get(0).message().contains("written 'yesterday' is not a date"), e.problems().toString());
    }
}
