package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.parser.meta.PartDetector;
import org.junit.jupiter.api.Test;

/** When a title's part marker makes a document one part of a larger work, and when it does not. */
class PartDetectorTest {

    private static Draft draft(String title, String author) {
        Draft d = new Draft();
        d.title = title;
        if (author != null) {
            d.authors.add(author);
        }
        return d;
    }

    @Test
    void aMarkedTitleIsAPartOfItsBaseTitle() {
        Draft d = draft("Harbour  Song (Part 2/3)", "Wren Field");
        PartDetector.detect(d, 0);
        assertEquals(new PartOf("title:harbour song/wren field", 2, 3, null), d.partOf);
        assertEquals("Harbour  Song", d.title);
    }

    @Test
    void aSeriesNamedInTheTitleIsNoWork() {
        Draft d = draft("The Lighthouse Series, Part 2", "Wrenfield");
        PartDetector.detect(d, 0);
        assertNull(d.partOf);
        assertEquals("The Lighthouse Series, Part 2", d.title);
    }

    @Test
    void aNumberWithoutTotalThatIsTheSeriesPositionIsNoPart() {
        Draft d = draft("Harbour Song (Part 2)", "Wrenfield");
        d.series.add(new SeriesPart("Lighthouse", 2));
        PartDetector.detect(d, 0);
        assertNull(d.partOf);
    }

    @Test
    void aPartOfAWorkInASeriesIsStillAPart() {
        Draft d = draft("Harbour Song (Part 2/3)", "Wrenfield");
        d.series.add(new SeriesPart("Lighthouse", 2));
        PartDetector.detect(d, 0);
        assertEquals(new PartOf("title:harbour song/wrenfield", 2, 3, null), d.partOf);
    }

    @Test
    void aDocumentHoldingEveryChapterIsNoPart() {
        Draft d = draft("Harbour Song (Part 1/2)", "Wrenfield");
        PartDetector.detect(d, 2);
        assertNull(d.partOf);
    }

    @Test
    void aPartBeyondItsTotalIsNoPart() {
        Draft d = draft("Harbour Song (Part 4/3)", "Wrenfield");
        PartDetector.detect(d, 0);
        assertNull(d.partOf);
    }

    @Test
    void withoutAnAuthorThereIsNoKeyToJoinThePartsBy() {
        Draft d = draft("Harbour Song (Part 2/3)", null);
        PartDetector.detect(d, 0);
        assertNull(d.partOf);
        assertEquals("Harbour Song (Part 2/3)", d.title);
    }
}
