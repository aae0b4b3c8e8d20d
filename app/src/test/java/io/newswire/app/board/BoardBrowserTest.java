package io.newswire.app.board;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.Pipeline;
import io.newswire.app.TestBroker;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The board in a real browser (the system's headless Chromium through its chromedriver) over a real pipeline on the
 * embedded broker: fixture pages go through processor and sink, and the page shows what an editor needs.
 */
class BoardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;
  private EmbeddedBroker broker;
  private Pipeline pipeline;
  private ChromeDriver browser;
  private KafkaProducer<String, byte[]> producer;

  @BeforeEach
  void start() {
    assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "the browser tests need the Debian packages chromium and chromium-driver (.ci/run installs them)");
    broker = TestBroker.withTopics(dir);
    NewswireConfig config = NewswireConfig.defaults().with("bootstrap.servers", broker.bootstrapServers())
        .with("state.dir", dir.resolve("state").toString()).with("metrics.enabled", "false")
        .with("board.enabled", "true").with("board.port", "0");
    pipeline = Pipeline.start(config, EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK, Pipeline.Role.BOARD), "board-test");
    producer = new KafkaProducer<>(TestBroker.client(broker), new StringSerializer(), new ByteArraySerializer());
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (producer != null) {
      producer.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  private void publish(RawArticle article) throws Exception {
    producer.send(new ProducerRecord<>(Topics.PAGES_RAW, article.getCanonicalUrl(),
        NewswireSerdes.rawArticle().serializer().serialize(Topics.PAGES_RAW, article))).get();
  }

  private static RawArticle fixture(String id) throws Exception {
    return new Extractors().extract(FixtureCorpus.byId(id).page());
  }

  private List<WebElement> stories() {
    return browser.findElements(By.cssSelector("#stories > li"));
  }

  @Test
  void anEditorSeesTheWireLiveAlertsFiltersAStoryAndNoInjectedScript() throws Exception {
    publish(fixture("btt-2023-seed-538")); // the Politburo's delegation no. 538: an alert
    publish(fixture("btt-2023-sea-games"));
    RawArticle hostile = fixture("btt-2016-cau-vuot");
    hostile.setTitle("Cầu vượt <img src=x onerror=\"window.pwned=1\"> mới <script>window.pwned=2</script>");
    publish(hostile);
    browser.get("http://127.0.0.1:" + pipeline.board().orElseThrow().port() + "/");
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
      browser.navigate().refresh();
      return stories().size() == 3;
    });
    await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#alerts > li")).isEmpty());
    assertTrue(browser.findElement(By.id("alerts")).getText().contains("538"));

    // the hostile headline is text on the page, and none of it ran
    assertTrue(browser.findElement(By.id("stories")).getText().contains("<script>window.pwned=2</script>"));
    assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned;"));
    assertTrue(browser.findElements(By.cssSelector("#stories img")).isEmpty());

    Files.write(Path.of("target", "board.png"), browser.getScreenshotAs(OutputType.BYTES));

    // every story of this run, as IPTC ninjs, valid against the official schema
    var http = java.net.http.HttpClient.newHttpClient();
    var ninjs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + pipeline.board().orElseThrow().port() + "/api/stories?format=ninjs"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    assertEquals(3, ninjs.path("items").size());
    var schema = NinjsTest.schema();
    ninjs.path("items").forEach(item -> NinjsTest.assertValid(schema, item));

    // a new inspection story while the page is open: its alert arrives without a reload
    ((JavascriptExecutor) browser).executeScript("window.stillHere = true;");
    publish(fixture("btt-2026-ubkt"));
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .until(() -> browser.findElements(By.cssSelector("#alerts > li")).size() == 2);
    assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.stillHere === true;"),
        "the alert came without a reload");

    // the level filter
    browser.findElement(By.cssSelector("#level option[value=CENTRAL_PARTY]")).click();
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> stories().size() == 2
        && stories().stream().allMatch(li -> li.getText().contains("Trung ương Đảng")));
    browser.findElement(By.cssSelector("#level option[value='']")).click();

    // a search written in capitals, decomposed: the match key finds the seed story
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys(Normalizer.normalize("ĐOÀN KIỂM TRA SỐ 538", Normalizer.Form.NFD));
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> stories().size() == 1
        && stories().get(0).getText().contains("Đoàn kiểm tra số 538"));

    // the story page: inspection facts and entities, highlighted by type
    stories().get(0).findElement(By.cssSelector("h3 a")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("story")).isDisplayed()
        && !browser.findElements(By.cssSelector("#story .entity.ORGANIZATION")).isEmpty());
    assertTrue(browser.findElement(By.id("story")).getText().contains("Bộ Chính trị"));
    assertFalse(browser.findElements(By.cssSelector("#story dl.facts dd")).isEmpty(), "inspection facts");
    // the full text, its entities marked where they stand, and the images with caption and credit
    await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector("#story .body p")).size() > 5);
    assertFalse(browser.findElements(By.cssSelector("#story .body p .entity.PERSON")).isEmpty(), "names in the body");
    assertTrue(browser.findElements(By.cssSelector("#story figure figcaption")).stream()
        .anyMatch(c -> c.getText().contains("Ảnh:")), "a caption with its credit");
    Files.write(Path.of("target", "board-story.png"), browser.getScreenshotAs(OutputType.BYTES));

    // from the story to its delegation's timeline, and back to the story from there
    await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.linkText("Diễn biến của đoàn →")).isEmpty());
    browser.findElement(By.linkText("Diễn biến của đoàn →")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#story ol.timeline li")).isEmpty());
    assertTrue(browser.findElement(By.cssSelector("#story h2")).getText().contains("538"));
    browser.findElement(By.cssSelector("#story ol.timeline li a")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.cssSelector("#story h2")).getText()
        .contains("Đoàn kiểm tra số 538"));

    // trending by another entity type
    browser.findElement(By.cssSelector("#trending-type option[value=PERSON]")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#trending li")).isEmpty());
  }
}
