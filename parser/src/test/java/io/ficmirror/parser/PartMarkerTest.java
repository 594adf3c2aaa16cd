package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ficmirror.parser.text.PartMarker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The part markers titles and subject lines end with, and the numbers titles merely contain. */
class PartMarkerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Story (Part 2/5)                        | Story          | 2 | 5 | -",
        "Story (part 2 of 5)                     | Story          | 2 | 5 | -",
        "Story, part 2 of 5                      | Story          | 2 | 5 | -",
        "Story, Part Two of Five                 | Story          | 2 | 5 | -",
        "Story [2/5]                             | Story          | 2 | 5 | -",
        "Story (2/?)                             | Story          | 2 | - | -",
        "Story - Chapter 3                       | Story          | 3 | - | -",
        "Story: Part II                          | Story          | 2 | - | -",
        "Story [Chapter 4]                       | Story          | 4 | - | -",
        "Story Part 2 of 5                       | Story          | 2 | 5 | -",
        "Story - 3/4                             | Story          | 3 | 4 | -",
        "Story - Part 2: Homecoming              | Story          | 2 | - | Homecoming",
        "Story (3/7) - The Storm (Kirk/Spock, R) | Story          | 3 | 7 | The Storm",
        "Spider-Man - Ch. 12                     | Spider-Man     | 12 | - | -",
        "Story (Part 1/1)                        | Story          | 1 | 1 | -",
        "Story, parte 2 de 3                     | Story          | 2 | 3 | -",
    })
    void readsTheMarker(String title, String base, int number, Integer total, String partTitle) {
        PartMarker.Marker m = PartMarker.parse(title);
        assertEquals(new PartMarker.Marker(base, number, total, partTitle), m, title);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ranma 1/2",
        "Story Part 2",
        "Importing Test Part 2",
        "Harbour Song (Part 2 of the Lighthouse series)",
        "Harbour Song, Part 2 of the Lighthouse series",
        "Catch-22",
        "Twenty-Four Seven",
        "The Part Where He Leaves",
        "Chapter and Verse",
        "(Part 2/5)",
        "Story - Chip",
    })
    void leavesOtherTitlesAlone(String title) {
        assertNull(PartMarker.parse(title), title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2. The Storm            | The Storm",
        "Chapter 2: The Storm    | The Storm",
        "Part Two - Homecoming   | Homecoming",
        "Chapter 2               | -",
        "2. Chapter 2            | -",
        "3 Days Later            | 3 Days Later",
        "The Storm               | The Storm",
    })
    void chapterTitlesLoseTheirNumbering(String heading, String own) {
        assertEquals(own, PartMarker.ownTitle(heading));
    }
}
