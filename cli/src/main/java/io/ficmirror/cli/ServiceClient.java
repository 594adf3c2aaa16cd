package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Calls the services' HTTP APIs; errors say which service did not answer and what to do. */
public final class ServiceClient {
    private final StackSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServiceClient(StackSettings settings) {
        this.settings = settings;
    }

    public JsonNode get(Service service, String path) throws IOException {
        return send(service, HttpRequest.newBuilder(uri(service, path)).GET());
    }

    public JsonNode postJson(Service service, String path, Object body) throws IOException {
        return send(service, HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body))));
    }

    JsonNode postFile(Service service, String path, Path file, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).POST(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach(request::header);
        return send(service, request);
    }

    private URI uri(Service service, String path) {
        return URI.create(settings.serviceUrl(service) + path);
    }

    private JsonNode send(Service service, HttpRequest.Builder request) throws IOException {
        String apiKey = settings.apiKey();
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException(service.module() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return Json.MAPPER.readTree(response.body());
        } catch (ConnectException e) {
            throw new IOException(service.module() + " does not answer at " + settings.serviceUrl(service)
                    + "; is the stack up? Start it with ./ficmirror up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
