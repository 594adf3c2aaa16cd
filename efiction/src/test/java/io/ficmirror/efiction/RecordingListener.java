package io.ficmirror.efiction;

import io.ficmirror.contract.ArchiveStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what an import hands on, in order. */
final class RecordingListener implements EfictionDump.Listener {
    final Map<String, ArchiveStory> stories = new LinkedHashMap<>();
    final Map<String, String> skipped = new LinkedHashMap<>();
    final List<EfictionDump.ReaderInteraction> interactions = new ArrayList<>();
    final List<Long> bytesRead = new ArrayList<>();
    long dumpBytes;

    @Override
    public void story(String storyId, ArchiveStory story) {
        stories.put(storyId, story);
    }

    @Override
    public void skipped(String storyId, String reason) {
        skipped.put(storyId, reason);
    }

    @Override
    public void reading(long read, long size) {
        bytesRead.add(read);
        dumpBytes = size;
    }

    @Override
    public void interaction(EfictionDump.ReaderInteraction interaction) {
        interactions.add(interaction);
    }
}
