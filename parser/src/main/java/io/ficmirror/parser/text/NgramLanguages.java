package io.ficmirror.parser.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Optimaize n-gram language detector, loaded once with the profiles of the languages fan-fiction archives
 * write in (the profiles ship inside the library's jar). Thread-safe after loading.
 */
final class NgramLanguages {
    /** Languages that archives in our mirrors use; fewer profiles make detection faster and less error-prone. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk",
            "sv", "da", "no", "fi", "cs", "hu", "ro", "tr", "ca", "id", "vi", "ja", "ko", "zh-CN", "zh-TW", "el",
            "he", "ar", "bg", "hr");
    private static final double MIN_PROBABILITY = 0.90;
    private static final int MIN_CHARS = 60;

    private static final com.optimaize.langdetect.LanguageDetector DETECTOR = load();

    private NgramLanguages() {
    }

    /** The language as a BCP 47 tag when the detector is confident, else null. */
    static String detect(String sample) {
        if (sample.length() < MIN_CHARS) {
            return null;
        }
        // the sample is story text already: no need for the library's URL and minority-script filters
        List<DetectedLanguage> found = DETECTOR.getProbabilities(sample);
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return found.get(0).getLocale().toString();
    }

    private static com.optimaize.langdetect.LanguageDetector load() {
        List<LdLocale> locales = new ArrayList<>();
        for (String tag : LANGUAGES) {
            locales.add(LdLocale.fromString(tag));
        }
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the language-detector jar", e);
        }
    }
}
