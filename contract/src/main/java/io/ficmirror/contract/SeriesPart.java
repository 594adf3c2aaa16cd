package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A series the work belongs to; {@code part} is its position there, null when not given. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeriesPart(String title, Integer part) {
}
