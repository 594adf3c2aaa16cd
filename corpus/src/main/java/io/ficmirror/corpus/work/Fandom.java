package io.ficmirror.corpus.work;

import java.util.List;

/**
 * A fandom, real or invented.
 *
 * @param name          as AO3 writes it ("Lanternfall (TV)", "The Salt Kings - Ada Merrow")
 * @param shortName     as fans write it in headers and subject lines ("Lanternfall", "The Salt Kings")
 * @param ffnetCategory fanfiction.net's section ("TV Shows", "Books", ...)
 * @param real          a real fandom, whose canonical name the parser knows
 */
public record Fandom(String name, String shortName, String ffnetCategory, boolean real, List<CastMember> cast) {
}
