package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.ContentIds;
import io.restassured.path.json.JsonPath;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20 MB novel goes through the whole pipeline: topics, parser, catalogue and index all take it. */
class LargeDocumentIT {
    private static final String[] WORDS = ("the a road river lantern quiet night morning letter house garden window "
            + "walked said looked remembered waited answered slowly again under over between never always every "
            + "Mara Tobias kettle harbour bridge winter summer silence voice hand door stair field orchard").split(" ");

    @Test
    void aTwentyMegabyteNovelIsCataloguedAndIndexed(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectory(temp.resolve("novels-" + UUID.randomUUID().toString().substring(0, 8)));
        Path novel = folder.resolve("the-long-road.txt");
        String ending = "and the lamplighter counted nineteen herons before dawn";
        try (BufferedWriter out = Files.newBufferedWriter(novel, StandardCharsets.UTF_8)) {
            out.write("Title: The Long Road\nAuthor: Tessaly Marsh\nRating: G\n\n");
            Random random = new Random(20);
            long written = 0;
            while (written < 20L << 20) {
                StringBuilder paragraph = new StringBuilder();
                for (int word = 0; word < 120; word++) {
                    paragraph.append(word == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                paragraph.append(".\n\n");
                out.write(paragraph.toString());
                written += paragraph.length();
            }
            out.write("In the end, " + ending + ".\n");
        }
        assertTrue(Files.size(novel) > 20L << 20);

        TestStack.CommandResult result = TestStack.ficmirror("import", folder.toString());

        assertEquals(0, result.exitCode(), result::toString);
        JsonPath status = TestStack.importStatus(result.jobs().get(0));
        assertEquals(1, status.getLong("done"), status.prettify());
        String documentId = ContentIds.documentId(folder.getFileName().toString(), "the-long-road.txt");
        try (Connection db = TestStack.postgres();
             PreparedStatement query = db.prepareStatement(
                     "select w.title, w.word_count from source s join work w on w.id = s.work_id where s.document_id = ?")) {
            query.setString(1, documentId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the novel is not in the catalogue");
                assertEquals("The Long Road", row.getString(1));
                assertTrue(row.getInt(2) > 3_000_000, "word count " + row.getInt(2));
            }
        }
        JsonPath hits = TestStack.searchFinding("\"" + ending + "\"", documentId);
        assertTrue(hits.getList("hits.documentIds.flatten()").contains(documentId), hits.prettify());
    }
}
