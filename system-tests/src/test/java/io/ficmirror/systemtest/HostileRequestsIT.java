package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What an exposed endpoint meets on the internet: injection attempts, oversized bodies, and a key to steal from logs. */
class HostileRequestsIT {
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "x'; DROP TABLE work; --",
            "\" OR 1=1 --", "%' OR 'a' LIKE '%", "\\'; select pg_sleep(5); --", "$1) OR (1=1");

    @Test
    void sqlInjectionInEveryCatalogueFilterFindsNothingAndBreaksNothing() {
        for (String attack : INJECTIONS) {
            for (String filter : List.of("fandom", "tag", "creator", "rating", "language")) {
                given().baseUri(TestStack.catalogUrl()).queryParam(filter, attack).get("/api/works")
                        .then().statusCode(200).body("works", hasSize(0));
            }
            given().baseUri(TestStack.catalogUrl()).queryParam("prefix", attack).get("/api/creators")
                    .then().statusCode(200).body("$", hasSize(0));
            given().baseUri(TestStack.catalogUrl()).queryParam("after", attack).get("/api/works")
                    .then().statusCode(anyOf(equalTo(200), equalTo(400)));
        }
        // the tables are still there and still answer
        given().baseUri(TestStack.catalogUrl()).get("/api/stats").then().statusCode(200);
    }

    @Test
    void queryDslSentAsSearchTextIsOnlyText() {
        String matchAll = "{\"query\": {\"match_all\": {}}}";
        long everything = given().baseUri(TestStack.searchUrl()).get("/api/search").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        long asText = given().baseUri(TestStack.searchUrl()).queryParam("q", matchAll).get("/api/search")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        assertFalse(everything > 0 && asText == everything, "the DSL was obeyed: it matched every work");
        for (String attack : List.of("*:*", "_id:*", "title:(a OR b", "\\", "((((((((((", "a~99999", "/.*/")) {
            given().baseUri(TestStack.searchUrl()).queryParam("q", attack).get("/api/search").then().statusCode(200);
        }
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        assertEquals(413, postAsking(TestStack.catalogUrl() + "/api/documents/status", "application/json", 3 << 20));
        assertEquals(413, postAsking(TestStack.searchUrl() + "/api/index/documents", "application/json", 3 << 20));
        assertEquals(413, postAsking(TestStack.parseUrl() + "/api/parse", "text/plain", 41 << 20));
    }

    /**
     * Posts a body of the given size the way careful clients send large bodies, asking first (Expect: 100-continue):
     * a server that refuses the size answers before a byte of the body is sent.
     */
    private static int postAsking(String url, String contentType, int bytes) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theApiKeyIsInNoLog() throws IOException {
        String key = TestStack.apiKey();
        given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", "wrong-" + key).contentType("text/plain")
                .body("Title: Thief\n\nA guess.").post("/api/documents").then().statusCode(401);
        try (Stream<Path> logs = Files.list(TestStack.HOME.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertEquals(-1, Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(key),
                        "the API key is written in " + log);
            }
        }
    }
}
