package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Topics;
import io.ficmirror.contract.WorkCatalogued;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The search page in a real headless browser ({@link HeadlessBrowser}). */
class BrowserIT {
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final String HOSTILE = "<script>window.pwned = true;</script><img src=x onerror=\"window.pwned = true\">";
    private static WebDriver browser;

    @BeforeAll
    static void startBrowserAndIndexStories() throws Exception {
        HeadlessBrowser.assumeInstalled();
        publish("hostile", "The Tag Soup " + RUN, "Brinehaven " + RUN,
                "It began with a note pinned to the door.\n\n" + HOSTILE + " Nobody in Kelder " + RUN + " read it twice.");
        publish("gentle", "Quiet Harbour " + RUN, "Saltmere " + RUN, "Boats came in at dusk. Kelder " + RUN + " slept.");
        Kafka.await("both stories in the index", 60,
                () -> TestStack.search("Kelder " + RUN).getList("hits.workId").size() == 2);

        browser = HeadlessBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsFiltersAndOpensAStoryWhoseMarkupStaysText() {
        browser.get(TestStack.searchUrl() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Kelder " + RUN);
        browser.findElement(By.cssSelector("#search-form button")).click();
        await(() -> browser.findElements(By.cssSelector("#results li")).size() == 2);
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("2 works"));
        assertTrue(browser.findElement(By.id("results")).getText().contains("<script>"), "the markup shows as text");

        WebElement facet = browser.findElements(By.cssSelector("#facets .facet")).stream()
                .filter(f -> f.getText().startsWith("Saltmere " + RUN)).findFirst().orElseThrow();
        facet.findElement(By.tagName("input")).click();
        await(() -> browser.findElements(By.cssSelector("#results li")).size() == 1);
        assertTrue(browser.findElement(By.id("results")).getText().contains("Quiet Harbour " + RUN));
        browser.navigate().back();
        await(() -> browser.findElements(By.cssSelector("#results li")).size() == 2);

        browser.findElement(By.linkText("The Tag Soup " + RUN)).click();
        await(() -> browser.findElement(By.id("work-text")).getText().contains("Nobody in Kelder"));
        assertEquals("The Tag Soup " + RUN, browser.findElement(By.id("work-title")).getText());
        assertTrue(browser.findElement(By.id("work-text")).getText().contains(HOSTILE), "the story text shows its markup as text");
        assertEquals(0, browser.findElements(By.cssSelector("#work-text script, #work-text img, #results img")).size());
        assertTrue(browser.findElement(By.id("work-meta")).getText().contains("Brinehaven " + RUN));
        await(() -> !browser.findElements(By.cssSelector("#similar li a")).isEmpty());
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.pwned;"), "no story text ran as code");
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        HeadlessBrowser.await(browser, condition);
    }

    private static void publish(String name, String title, String fandom, String body) throws Exception {
        WorkCatalogued work = new WorkCatalogued(SchemaVersion.CURRENT, "browser" + RUN + name, 1, Instant.now(), title,
                List.of("Browser Tester"), new WorkCatalogued.TypedTags(List.of(fandom), List.of(), List.of(), List.of(),
                        List.of("General Audiences"), List.of(), List.of()),
                List.of(), "A summary with <b>tags</b>.", null, null, LocalDate.of(2010, 1, 1), null, "en", List.of(),
                new WorkCatalogued.WorkStats(body.split("\\s+").length, 1, null, 0),
                new WorkCatalogued.Fingerprint("minhash-oph", 5, 0, ""), List.of(), body, null);
        Kafka.send(Topics.WORKS_CATALOGUED, work.workId(), work);
    }
}
