package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * search-service started with reads protected (FICMIRROR_API_KEY_PROTECT_READS=true, as a user would start the stack):
 * its API refuses a reader without the key, its health and page stay open, and the page asks for the key once.
 * Afterwards the service is started again as the rest of the build expects it, reads open.
 */
class ReadProtectionIT {

    @BeforeAll
    static void restartSearchWithReadsProtected() throws Exception {
        restartSearchService(Map.of("FICMIRROR_API_KEY_PROTECT_READS", "true"));
    }

    @AfterAll
    static void restartSearchWithReadsOpen() throws Exception {
        restartSearchService(Map.of());
        given().baseUri(TestStack.searchUrl()).get("/api/search?q=anything").then().statusCode(200);
    }

    private static void restartSearchService(Map<String, String> environment) throws Exception {
        List<ProcessHandle> processes = TestStack.processTree("search-service");
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            process.onExit().get();
        }
        TestStack.CommandResult up = TestStack.ficmirror(environment, "up");
        assertEquals(0, up.exitCode(), up::toString);
    }

    @Test
    void readsNeedTheKeyWhileHealthAndThePageStayOpen() {
        given().baseUri(TestStack.searchUrl()).get("/api/search?q=anything")
                .then().statusCode(401).body("error", containsString("X-Api-Key"));
        given().baseUri(TestStack.searchUrl()).header("X-Api-Key", "guess").get("/api/works/any")
                .then().statusCode(401);
        given().baseUri(TestStack.searchUrl()).header("X-Api-Key", TestStack.apiKey()).get("/api/search?q=anything")
                .then().statusCode(200);
        given().baseUri(TestStack.searchUrl()).get("/q/health/ready").then().statusCode(200);
        given().baseUri(TestStack.searchUrl()).get("/").then().statusCode(200).body(containsString("key-form"));
    }

    @Test
    void theCommandSendsTheStacksKey() throws Exception {
        TestStack.CommandResult search = TestStack.ficmirror("search", "anything");
        assertEquals(0, search.exitCode(), search::toString);
    }

    @Test
    void thePageAsksForTheKeyOnceAndThenSearches() {
        WebDriver browser = HeadlessBrowser.start();
        try {
            browser.get(TestStack.searchUrl() + "/?sort=published");
            HeadlessBrowser.await(browser, () -> browser.findElement(By.id("key-form")).isDisplayed());
            assertTrue(!browser.findElement(By.id("search-view")).isDisplayed(), "no results without the key");

            browser.findElement(By.id("api-key")).sendKeys("a wrong key");
            browser.findElement(By.cssSelector("#key-form button")).click();
            HeadlessBrowser.await(browser, () -> browser.findElement(By.id("key-problem")).getText().contains("refused"));

            browser.findElement(By.id("api-key")).sendKeys(TestStack.apiKey());
            browser.findElement(By.cssSelector("#key-form button")).click();
            HeadlessBrowser.await(browser, () -> browser.findElement(By.id("status")).getText().contains("found"));
            assertTrue(!browser.findElement(By.id("key-form")).isDisplayed());

            browser.navigate().refresh(); // the key is kept for the tab
            HeadlessBrowser.await(browser, () -> browser.findElement(By.id("status")).getText().contains("found"));
            assertTrue(!browser.findElement(By.id("key-form")).isDisplayed());
        } finally {
            browser.quit();
        }
    }
}
