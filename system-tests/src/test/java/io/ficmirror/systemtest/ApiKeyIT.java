package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** Writing to any service takes the stack's API key; reading does not (unless the services are told to protect reads). */
class ApiKeyIT {

    @Test
    void aDocumentWithoutTheKeyIsRefused() {
        given().baseUri(TestStack.ingestUrl()).contentType("text/plain").body("Title: Uninvited\n\nNo key.")
                .post("/api/documents")
                .then().statusCode(401).body("error", containsString("X-Api-Key"));
    }

    @Test
    void aWrongKeyIsRefusedAndTheRightOneAccepted() {
        given().baseUri(TestStack.ingestUrl()).contentType("text/plain").header("X-Api-Key", "guess")
                .body("Title: Guess\n\nWrong key.").post("/api/documents")
                .then().statusCode(401);
        given().baseUri(TestStack.ingestUrl()).contentType("text/plain").header("X-Api-Key", TestStack.apiKey())
                .header("X-Ficmirror-Archive", "api-key-it").header("X-Ficmirror-Path", "welcome.txt")
                .body("Title: Welcome\n\nThe right key.").post("/api/documents")
                .then().statusCode(202).body("status", equalTo("published"));
    }

    @Test
    void startingAnImportNeedsTheKeyToo() {
        given().baseUri(TestStack.ingestUrl()).contentType("application/json").body("{\"path\": \"/tmp\"}")
                .post("/api/imports")
                .then().statusCode(401);
    }

    @Test
    void readsAreOpenByDefault() {
        given().baseUri(TestStack.ingestUrl()).get("/q/health/ready").then().statusCode(200);
        given().baseUri(TestStack.ingestUrl()).get("/api/imports/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void rebuildingTheSearchIndexNeedsTheKey() {
        given().baseUri(TestStack.searchUrl()).contentType("application/json").body("{}")
                .post("/api/index/rebuild")
                .then().statusCode(401).body("error", containsString("X-Api-Key"));
    }

    @Test
    void lookupsSentAsPostAreReads() {
        given().baseUri(TestStack.catalogUrl()).contentType("application/json").body("{\"documentIds\": [\"unknown\"]}")
                .post("/api/documents/status")
                .then().statusCode(200);
        given().baseUri(TestStack.searchUrl()).contentType("application/json").body("{\"documentIds\": [\"unknown\"]}")
                .post("/api/index/documents")
                .then().statusCode(200);
        given().baseUri(TestStack.parseUrl()).contentType("text/plain").body("Title: Dry run\n\nParsed, not published.")
                .post("/api/parse")
                .then().statusCode(200);
    }
}
