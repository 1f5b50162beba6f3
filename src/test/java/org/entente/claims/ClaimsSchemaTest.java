package org.entente.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.TestProject;
import org.junit.jupiter.api.Test;

/** The JSON Schema documents the same format the reader accepts. */
class ClaimsSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    ClaimsSchemaTest() throws Exception {
        JsonNode schemaNode = JSON.readTree(TestProject.data().resolve("schema/claims.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @Test
    void everyClaimsFileConformsToTheSchema() throws Exception {
        try (var files = Files.list(TestProject.data().resolve("claims"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
                assertEquals(Set.of(), errors, file.toString());
            }
        }
    }

    @Test
    void whatTheWriterProducesConformsToTheSchema() throws Exception {
        ClaimSet set = ClaimsJson.read(TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).claims();
        assertEquals(Set.of(), schema.validate(JSON.readTree(ClaimsJson.write(set))));
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(TestProject.data().resolve("claims/" + TestProject.SEED + ".json").toFile());
        for (var edit : List.<java.util.function.Consumer<ObjectNode>>of(
                r -> r.put("claimz", 1),
                r -> ((ObjectNode) r.withArray("claims").get(0)).put("factuality", "rumoured"),
                r -> ((ObjectNode) r.withArray("events").get(0)).put("stance", "a relation-only field"),
                r -> ((ObjectNode) r.withArray("relations").get(0)).put("type", "PhoneCall"))) {
            ObjectNode copy = root.deepCopy();
            edit.accept(copy);
            assertFalse(schema.validate(copy).isEmpty(), copy.toString().substring(0, 80));
        }
    }
}
