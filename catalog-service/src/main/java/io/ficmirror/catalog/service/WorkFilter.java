package io.ficmirror.catalog.service;

import java.util.List;

/**
 * What GET /api/works may filter on. Names match canonical tag and creator names or a tag's synonyms, ignoring case;
 * each repeated value must hold (a work in two fandoms matches fandom=A&amp;fandom=B).
 */
public record WorkFilter(List<String> fandoms, List<String> tags, List<String> creators, String rating,
        String language, Integer minWords, Integer maxWords) {
}
