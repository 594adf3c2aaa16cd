package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Brings the stack up, imports the project's sample mirror, searches it, and says where to look next.")
class DemoCommand implements Callable<Integer> {
    static final String SAMPLE_QUERY = "lighthouse";

    @Override
    public Integer call() throws Exception {
        StackSettings settings = StackSettings.fromEnvironment();
        new LocalStack(settings, System.out).up();
        Path mirror = settings.root().resolve("deploy/local/sample-mirror");
        System.out.println();
        System.out.println("Importing the sample mirror " + mirror + " ...");
        ServiceClient client = new ServiceClient(settings);
        Importer importer = new Importer(client, System.out);
        JsonNode status = importer.follow(importer.start(mirror), Duration.ofMinutes(5));
        boolean finished = status.path("finished").asBoolean();
        ImportCommand.printSummary(status, System.out);
        System.out.println();
        System.out.println("$ ./ficmirror search " + SAMPLE_QUERY);
        JsonNode result = client.get(Service.SEARCH, "/api/search?size=5&q=" + URLEncoder.encode(SAMPLE_QUERY, StandardCharsets.UTF_8));
        SearchCommand.print(result, System.out, System.console() != null);
        System.out.println();
        System.out.println("Next:");
        System.out.println("  search page      " + settings.serviceUrl(Service.SEARCH) + "/");
        System.out.println("  catalogue API    " + settings.serviceUrl(Service.CATALOG) + "/q/swagger-ui");
        System.out.println("  your own mirror  ./ficmirror import PATH...   then ./ficmirror search WORDS");
        System.out.println("  the stack        ./ficmirror status           ./ficmirror down");
        return finished ? 0 : ImportCommand.TIMED_OUT;
    }
}
