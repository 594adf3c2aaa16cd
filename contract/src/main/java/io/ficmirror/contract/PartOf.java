package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Says that a document holds one part of a work spread over several documents: a fanfiction.net or eFiction chapter
 * page, an AO3 chapter page, a journal or mailing-list post titled "(Part 2/5)". The catalogue assembles every
 * document with the same {@code key} into one work, its parts ordered by {@code number}.
 *
 * @param key    what the parts share: a site's story id where the page names one ("ffnet:2961893",
 *               "fictionpress:3012345", "efiction:archive.example.org:123" (only with its host: every eFiction
 *               archive counts from 1), "ao3:12345"), else "title:" + base title + "/" + first author, both
 *               lower-cased with spaces collapsed (never without an author)
 * @param number the part's position, from 1
 * @param total  how many parts the source says there are, null when it does not say
 * @param title  the part's own title without its numbering ("The Storm" for "Chapter 2: The Storm"), null when it
 *               has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartOf(String key, int number, Integer total, String title) {
}
