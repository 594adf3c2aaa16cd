package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void readsMediaTypeAndQuotedCharset() {
        ContentType type = ContentType.parse("Text/HTML; charset=\"ISO-8859-1\"");
        assertEquals("text/html", type.mediaType());
        assertEquals("ISO-8859-1", type.charset());
    }

    @Test
    void octetStreamMeansUnknown() {
        ContentType type = ContentType.parse("application/octet-stream");
        assertNull(type.mediaType());
        assertNull(type.charset());
    }

    @Test
    void missingHeaderMeansUnknown() {
        assertNull(ContentType.parse(null).mediaType());
    }
}
