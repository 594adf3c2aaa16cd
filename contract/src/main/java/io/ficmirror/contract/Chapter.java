package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One chapter (or numbered part) of a work, with the words of its text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Chapter(String title, int wordCount) {
}
