package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ficmirror.contract.Source;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Detection is explainable: a parsed document says which format it was read as and on what evidence. */
class FormatExplanationTest {
    private final WorkParser parser = new WorkParser();

    @Test
    void aMailingListPostIsRecognisedByItsMailHeaders() throws IOException {
        assertEquals("mailing-list: RFC 822 mail headers (From:, Subject:, Date:) at the top",
                explanationOf("mailing_list.txt", "text/plain"));
    }

    @Test
    void aJournalPostIsRecognisedByItsComments() throws IOException {
        String explanation = explanationOf("lj_post.txt", "text/plain");
        assertEquals("livejournal", explanation.substring(0, explanation.indexOf(':')));
    }

    @Test
    void aListArchivePageWithoutMailHeadersIsRecognisedByTheListFooter() {
        String page = """
                Tidewater

                by Orla Quinn

                The tide came in over the causeway at noon, as it always did, and the island was an island again.
                Maeve watched the water close over the last of the stones and went back up to the house to write.

                She wrote until the light went, and then she wrote by the lamp.

                Feedback is lovely: orla@example.org

                Join the Harbourfic mailing list for more stories like this one.
                """;
        ParseOutcome outcome = parser.parse(new RawDocument("0123456789abcdef0123456789abcdef",
                new Source("fixtures", "tidewater.txt", "0"), "text/plain", "UTF-8", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String explanation = assertInstanceOf(ParseOutcome.Parsed.class, outcome).explanation();
        assertEquals("mailing-list: a mailing list's footer after the story (\"Join the Harbourfic mailing list for more stories like this one.\")",
                explanation);
    }

    @Test
    void aDocumentWithoutMarkersSaysItIsPlain() throws IOException {
        assertEquals("plain: no format's markers found: a plain document", explanationOf("fragment.txt", "text/plain"));
    }

    private String explanationOf(String fixture, String mediaType) throws IOException {
        byte[] content;
        try (InputStream in = FormatExplanationTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            content = in.readAllBytes();
        }
        ParseOutcome outcome = parser.parse(new RawDocument("0123456789abcdef0123456789abcdef",
                new Source("fixtures", fixture, "0"), mediaType, null, content));
        return assertInstanceOf(ParseOutcome.Parsed.class, outcome).explanation();
    }
}
