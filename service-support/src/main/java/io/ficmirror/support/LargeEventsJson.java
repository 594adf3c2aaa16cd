package io.ficmirror.support;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Events carry whole stories: a 32 MB document is a 45 MB base64 string, far beyond Jackson's default limit of
 * 20 million characters per string, which would make such an event unreadable.
 */
@Singleton
public class LargeEventsJson implements ObjectMapperCustomizer {
    static final int MAX_STRING_LENGTH = 128 * 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build());
    }
}
