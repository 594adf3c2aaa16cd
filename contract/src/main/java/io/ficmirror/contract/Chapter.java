package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One chapter (or numbered part) of a work, with the words of its text.
 *
 * @param notes    the author's notes before the chapter's text, when the source keeps them apart from it; else null
 * @param endNotes the author's notes after the chapter's text, likewise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chapter(String title, int wordCount, String notes, String endNotes) {

    public Chapter(String title, int wordCount) {
        this(title, wordCount, null, null);
    }
}
