package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "reindex", description = {"Rebuilds the search index from the catalogue, for instance after a mapping change.",
        "Searches keep answering from the old index until the new one takes over."})
public class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        ServiceClient client = new ServiceClient(StackSettings.fromEnvironment());
        JsonNode progress = client.postJson(Service.SEARCH, "/api/index/rebuild", Map.of());
        System.err.println("Rebuilding the index into " + progress.path("newIndex").asText() + " ...");
        long shown = -1;
        while ("running".equals(progress.path("state").asText())) {
            if (progress.path("works").asLong() != shown) {
                shown = progress.path("works").asLong();
                System.err.printf("  %d works copied%n", shown);
            }
            Thread.sleep(1000);
            progress = client.get(Service.SEARCH, "/api/index/rebuild");
        }
        if (!"done".equals(progress.path("state").asText())) {
            System.err.println("The rebuild failed: " + progress.path("error").asText()
                    + "\nSearches still use the old index; see the search-service log.");
            return 1;
        }
        System.out.printf("Rebuilt the index: %d works in %s.%n", progress.path("works").asLong(),
                progress.path("newIndex").asText());
        return 0;
    }
}
