package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The web console in a real headless Chromium against the real standalone engine running real Docker tasks: a job
 * written in the editor runs and its log streams into the page, a running job is cancelled from its page, a bad
 * document shows its errors beside their lines, and no page or event ever shows a secret. Also writes the README's
 * screenshots ({@code docs/screenshots}).
 */
class ConsoleBrowserTest {
    private static final String CANARY = "canary-7f3e9b21";
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static StandaloneEngine engine;
    private static Api api;
    private static Browser browser;
    private static String base;

    private final List<String> jobIds = new ArrayList<>();
    private ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Docker.require();
        Browser.require();
        engine = StandaloneEngine.start(TorkConfig.of(Map.of("coordinator.address", "localhost:0")));
        api = new Api(engine.apiPort());
        base = "http://localhost:" + engine.apiPort();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (engine != null) engine.stop();
    }

    @BeforeEach
    void desktopWindow() {
        driver = browser.driver;
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void nothingLeftRunningOrBehind() {
        driver.get("about:blank");
        for (String id : jobIds) {
            if (List.of("PENDING", "SCHEDULED", "RUNNING").contains(state(id))) api.put("/jobs/" + id + "/cancel");
        }
        List<String> taskIds = new ArrayList<>();
        for (String id : jobIds) {
            eventually().until(() -> !List.of("PENDING", "SCHEDULED", "RUNNING").contains(state(id)));
            api.get("/jobs/" + id).body().path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        }
        eventually().until(() -> Docker.leftoversOf(taskIds).isEmpty());
    }

    @Test
    void aJobWrittenInTheEditorRunsToCompletionAndItsLogShowsWithoutTheSecret() {
        try (EventRecorder events = new EventRecorder(engine.apiPort())) {
            eventually().until(events::isReady);
            open("submit");
            type(editor(), """
                    name: written in the console
                    secrets:
                      token: %s
                    tasks:
                      - name: greet
                        image: ubuntu:mantic
                        env:
                          TOKEN: "{{ secrets.token }}"
                        run: |
                          echo "hello from the console"
                          echo "the token is $TOKEN"
                          echo -n done > $TORK_OUTPUT
                    """.formatted(CANARY));
            click("#submit");

            String jobId = awaitJobPage();
            eventually().until(() -> text("#job-state").equals("completed"));
            eventually().until(() -> text("#log").contains("hello from the console"));

            assertThat(text("#log")).contains("the token is [REDACTED]");
            assertThat(text("#task-title")).isEqualTo("greet");
            assertThat(driver.findElements(By.cssSelector("tr[data-task]"))).hasSize(1);
            assertThat(driver.getPageSource()).doesNotContain(CANARY);
            eventually().until(() -> events.text().contains("the token is [REDACTED]"));
            assertThat(events.text()).contains("\"id\":\"" + jobId + "\"").doesNotContain(CANARY);
            open("jobs");
            eventually().until(() -> text("main").contains("written in the console"));
            assertThat(driver.getPageSource()).doesNotContain(CANARY);
        }
    }

    @Test
    void aRunningJobShowsItsLogWhileItRunsAndIsCancelledFromItsPage() {
        String jobId = submit("""
                name: long runner
                tasks:
                  - name: wait
                    image: ubuntu:mantic
                    run: |
                      echo "started waiting"
                      sleep 300
                """);
        open("jobs/" + jobId);
        ((JavascriptExecutor) driver).executeScript("""
                window.seenAt = null;
                new MutationObserver(() => {
                  const log = document.getElementById('log');
                  if (!window.seenAt && log && log.textContent.includes('started waiting')) window.seenAt = Date.now();
                }).observe(document.body, { childList: true, subtree: true, characterData: true });""");

        awaitOnPage(jobId, () -> text("#log").contains("started waiting"));
        assertThat(text("#task-state")).isEqualTo("running");
        assertThat(text("#job-state")).isEqualTo("running");
        reportLogLatency(jobId);

        click("#cancel");

        eventually().until(() -> text("#job-state").equals("cancelled"));
        assertThat(api.get("/jobs/" + jobId).body().path("state").asText()).isEqualTo("CANCELLED");
        eventually().until(() -> driver.findElement(By.id("restart")).isDisplayed());
        assertThat(driver.findElement(By.id("cancel")).isDisplayed()).isFalse();
    }

    @Test
    void aBadDocumentShowsEachErrorBesideItsLine() {
        open("submit");
        type(editor(), """
                name: broken
                tasks:
                  - name: no image
                    run: echo hi
                  - image: ubuntu:mantic
                    retry:
                      limit: 50
                """);
        click("#submit");

        eventually().until(() -> !driver.findElements(By.cssSelector("#errors li")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("#/submit");
        List<String> errors = driver.findElements(By.cssSelector("#errors li")).stream().map(WebElement::getText).toList();
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Line 3", "tasks[0].image", "is required"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Line 5", "tasks[1].name", "is required"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Line 7", "tasks[1].retry.limit"));
        // beside the lines themselves: the gutter marks them and the message follows the line's text
        assertThat(lineError(3)).contains("tasks[0].image: is required");
        assertThat(lineError(7)).contains("tasks[1].retry.limit");
        assertThat(driver.findElements(By.cssSelector(".gutter .has-error"))).extracting(WebElement::getText)
                .contains("3", "5", "7");
        screenshot("submit-errors.png");

        type(editor(), "name: x\ntasks:\n  - name: a\n    imag: ubuntu:mantic\n");
        click("#submit");
        eventually().until(() -> lineError(4).contains("unknown field"));
        assertThat(text("#submit-result")).contains("unknown field 'imag'");
    }

    @Test
    void theConsoleIsUsableWithTheKeyboardAndOnAPhoneSizedScreen() {
        String jobId = submit("name: small\ntasks:\n  - name: one\n    image: ubuntu:mantic\n    run: echo one\n");
        eventually().until(() -> state(jobId).equals("COMPLETED"));
        open("");
        eventually().until(() -> text("main").contains("Jobs by state"));

        WebElement jobsLink = driver.findElement(By.cssSelector("[data-nav='jobs']"));
        for (int i = 0; i < 10 && !jobsLink.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(jobsLink);
        jobsLink.sendKeys(Keys.ENTER);
        eventually().until(() -> driver.getCurrentUrl().endsWith("#/jobs"));
        eventually().until(() -> text("main").contains("small"));

        driver.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("", "jobs", "jobs/" + jobId, "submit", "nodes", "queues")) {
            open(page);
            eventually().until(() -> !text("main").isBlank());
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("page '%s' is wider than the screen", page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void whenTheApiAsksForCredentialsTheConsoleAsksOnceAndKeepsThemForTheTab() throws IOException {
        try (AuthProxy proxy = new AuthProxy(engine.apiPort(), "console-key-1")) {
            driver.get("http://localhost:" + proxy.port() + "/ui/#/");

            eventually().until(() -> driver.findElement(By.id("auth")).isDisplayed());
            driver.findElement(By.name("key")).sendKeys("console-key-1");
            driver.findElement(By.cssSelector("#auth button[value='ok']")).click();

            eventually().until(() -> text("main").contains("Jobs by state"));
            eventually().until(() -> "on".equals(driver.findElement(By.id("live")).getAttribute("data-state")));
            assertThat(((JavascriptExecutor) driver).executeScript(
                    "return sessionStorage.getItem('tork.authorization')")).isEqualTo("Bearer console-key-1");
            driver.navigate().refresh();
            eventually().until(() -> text("main").contains("Jobs by state"));
            assertThat(driver.findElement(By.id("auth")).isDisplayed()).isFalse();
            ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        }
    }

    @Test
    void scheduledJobsShowWhetherTheServerOffersThem() {
        open("scheduled");

        eventually().until(() -> !driver.findElements(By.id("scheduled-unavailable")).isEmpty()
                || !driver.findElements(By.cssSelector("main table, main .empty")).isEmpty());
        boolean offered = api.get("/scheduled-jobs").status() != 404;
        assertThat(driver.findElements(By.id("scheduled-unavailable")).isEmpty()).isEqualTo(offered);
    }

    @Test
    void screenshotsOfTheOverviewAndOfAJobForTheReadme() {
        String jobId = submit("""
                name: release 1.4.2
                description: builds, tests in parallel, then publishes with a secret token
                inputs:
                  version: 1.4.2
                secrets:
                  token: %s
                tasks:
                  - name: build
                    image: ubuntu:mantic
                    var: artifact
                    run: |
                      for m in api worker web; do echo "compiling $m"; sleep 1; done
                      echo -n "app-1.4.2.tar" > $TORK_OUTPUT
                  - name: test
                    parallel:
                      tasks:
                        - name: unit tests
                          image: ubuntu:mantic
                          run: for i in 1 2 3; do echo "suite $i passed"; sleep 1; done
                        - name: lint
                          image: ubuntu:mantic
                          run: echo "no warnings"
                  - name: publish
                    image: ubuntu:mantic
                    env:
                      ARTIFACT: "{{ tasks.artifact }}"
                      VERSION: "{{ inputs.version }}"
                      TOKEN: "{{ secrets.token }}"
                    run: |
                      echo "uploading $ARTIFACT with token $TOKEN"
                      sleep 1
                      echo "published version $VERSION"
                """.formatted(CANARY));
        submit("name: nightly report\ntasks:\n  - name: report\n    image: ubuntu:mantic\n    run: echo report; exit 2\n");
        eventually().until(() -> state(jobId).equals("COMPLETED"));
        driver.manage().window().setSize(new Dimension(1280, 1100));

        open("jobs/" + jobId);
        eventually().until(() -> text("#log").contains("published version 1.4.2"));
        assertThat(driver.getPageSource()).doesNotContain(CANARY);
        screenshot("job-detail.png");

        open("");
        eventually().until(() -> text("main").contains("release 1.4.2") && text("main").contains("nightly report"));
        eventually().until(() -> driver.findElements(By.cssSelector("main .badge.FAILED")).size() >= 2);
        screenshot("overview.png");
    }

    /** Waits for the page; if it never gets there, says what the API and the page showed instead. */
    private void awaitOnPage(String jobId, Callable<Boolean> shown) {
        try {
            eventually().until(shown);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the page did not show it. The API says: " + api.get("/jobs/" + jobId).text()
                    + "\nlog: " + api.get("/jobs/" + jobId + "/log").text()
                    + "\nthe page shows: " + text("main")
                    + "\nlive: " + driver.findElement(By.id("live")).getAttribute("data-state")
                    + "\nbrowser console: " + driver.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
    }

    private void screenshot(String name) {
        // let the bars and badges settle, then keep the pixels
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 300));");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write the screenshot " + name, e);
        }
    }

    /** How long a log part took from the worker to the page (the worker ships output twice a second). */
    private void reportLogLatency(String jobId) {
        Object seenAt = ((JavascriptExecutor) driver).executeScript("return window.seenAt");
        String createdAt = api.get("/jobs/" + jobId + "/log").body().path("items").path(0).path("createdAt").asText();
        if (seenAt instanceof Number seen && !createdAt.isEmpty()) {
            long millis = seen.longValue() - Instant.parse(createdAt).toEpochMilli();
            System.out.println("[console] log part shipped by the worker appeared in the browser after " + millis + " ms");
        }
    }

    private String submit(String yaml) {
        Api.Response r = api.post("/jobs", "text/yaml", yaml);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.body().path("id").asText();
        jobIds.add(id);
        return id;
    }

    private String awaitJobPage() {
        eventually().until(() -> driver.getCurrentUrl().contains("#/jobs/"));
        String id = driver.getCurrentUrl().replaceAll(".*#/jobs/", "");
        jobIds.add(id);
        return id;
    }

    private String state(String jobId) {
        return api.get("/jobs/" + jobId).body().path("state").asText();
    }

    private void open(String route) {
        driver.get(base + "/ui/#/" + route);
        eventually().until(() -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private WebElement editor() {
        eventually().until(() -> !driver.findElements(By.id("editor")).isEmpty());
        return driver.findElement(By.id("editor"));
    }

    /** Replaces the editor's text by typing, as a person would. */
    private void type(WebElement editor, String text) {
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(text);
        assertThat(editor.getDomProperty("value")).isEqualTo(text);
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText().trim();
    }

    private String lineError(int line) {
        List<WebElement> found = driver.findElements(By.cssSelector(".mirror div[data-line='" + line + "']"));
        return found.isEmpty() ? "" : found.getFirst().getAttribute("data-error");
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions();
    }
}
