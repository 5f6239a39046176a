package dev.newskit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.spark.job.WarcExtractJob;
import dev.newskit.testing.SharedUse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcCompression;
import scala.collection.Seq;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NewskitSparkTest {
  private static final String EN = "https://example.com/en/analysis";
  private static final String HE = "https://example.co.il/news/report";
  private static final String AR = "https://example.ps/ar/table";
  private static final String NO_META = "https://www.alquds.com/en/articles/no-metadata";

  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path warcs;
  private static final Map<String, byte[]> PAGES = new HashMap<>();

  @BeforeAll
  static void startSparkAndWriteWarcs() throws IOException {
    // local[2,2]: two threads, and a failed task is tried twice (plain local mode never retries one).
    spark = SparkSession.builder().master("local[2,2]").appName("newskit-spark-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    PAGES.put(TestWarcs.SEED_URL, TestWarcs.fixture("pages/seed-with-metadata.html"));
    PAGES.put(NO_META, TestWarcs.fixture("pages/seed-no-metadata.html"));
    PAGES.put(EN, TestWarcs.fixture("benign/english-analysis.html"));
    PAGES.put(HE, TestWarcs.fixture("benign/hebrew-report.html"));
    PAGES.put(AR, TestWarcs.fixture("benign/arabic-table.html"));
    warcs = Files.createDirectories(dir.resolve("warcs"));
    TestWarcs.write(warcs.resolve("a.warc.gz"), WarcCompression.GZIP,
        TestWarcs.request(TestWarcs.SEED_URL),
        TestWarcs.html(TestWarcs.SEED_URL, "text/html; charset=UTF-8", PAGES.get(TestWarcs.SEED_URL)),
        TestWarcs.image("https://www.alquds.com/uploads/2026/04/white-house.jpg"),
        TestWarcs.malformed("https://example.com/corrupt"),
        TestWarcs.html(HE, "text/html", PAGES.get(HE)));
    TestWarcs.write(warcs.resolve("b.warc"), WarcCompression.NONE,
        TestWarcs.html(NO_META, "text/html", PAGES.get(NO_META)),
        TestWarcs.html(EN, "text/html;charset=utf-8", PAGES.get(EN)),
        TestWarcs.html(AR, "text/html", PAGES.get(AR)));
    TestWarcs.writeTruncated(warcs.resolve("c.warc.gz"), 30,
        TestWarcs.html("https://example.com/first", "text/html", "<html><body><p>First page of a cut file.</p></body></html>".getBytes(StandardCharsets.UTF_8)),
        TestWarcs.html("https://example.com/cut", "text/html", PAGES.get(EN)));
    Files.writeString(warcs.resolve("notes.txt"), "not a WARC: skipped when listing a directory");
  }

  static Stream<Arguments> entryPoints() {
    List<String> none = List.of();
    return Stream.of(
        Arguments.of("readWarc(spark, paths)", "spark", (Executable) () -> NewskitSpark.readWarc(null, none)),
        Arguments.of("readWarc(spark, paths) paths", "paths", (Executable) () -> NewskitSpark.readWarc(spark, null)),
        Arguments.of("readWarc(spark, paths, partitions)", "paths", (Executable) () -> NewskitSpark.readWarc(spark, null, 1)),
        Arguments.of("extractArticles", "pages", (Executable) () -> NewskitSpark.extractArticles(null)),
        Arguments.of("WarcExtraction.run spark", "spark", (Executable) () -> WarcExtraction.run(null, none, 0,
            WarcExtraction.Format.JSONL, "out", false)),
        Arguments.of("WarcExtraction.run inputs", "inputs", (Executable) () -> WarcExtraction.run(spark, null, 0,
            WarcExtraction.Format.JSONL, "out", false)),
        Arguments.of("WarcExtraction.run format", "format", (Executable) () -> WarcExtraction.run(spark, none, 0,
            null, "out", false)),
        Arguments.of("WarcExtraction.run output", "output", (Executable) () -> WarcExtraction.run(spark, none, 0,
            WarcExtraction.Format.JSONL, null, false)));
  }

  /** newskit's null convention: a null argument is a NullPointerException naming the parameter. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aNullArgumentIsANullPointerExceptionNamingTheParameter(String entryPoint, String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call, entryPoint);
    assertEquals(parameter, e.getMessage(), entryPoint);
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) spark.stop();
  }

  @Test
  void theJobWritesEveryArticleAndEveryFailureToParquet() {
    Path out = dir.resolve("parquet");
    String stdout = run(0, "--output", out.toString(), warcs.toString()).out();
    assertTrue(stdout.contains("WARC files  3"), stdout);
    assertTrue(stdout.contains("records     9"), stdout);
    assertTrue(stdout.contains("HTML pages  8"), stdout);
    assertTrue(stdout.contains("articles    6"), stdout);
    assertTrue(stdout.contains("failures    2"), stdout);

    List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
    assertEquals(8, rows.size());
    Map<String, Row> byUrl = new HashMap<>();
    for (Row row : rows) byUrl.put(row.getAs("url") == null ? "(file)" : row.getAs("url"), row);

    Row seed = byUrl.get(TestWarcs.SEED_URL);
    assertNull(seed.getAs("error"));
    Row article = seed.getAs("article");
    assertEquals(TestWarcs.SEED_URL, article.getAs("url"));
    assertTrue(((String) article.getAs("title")).startsWith("Trump asks Netanyahu"), (String) article.getAs("title"));
    assertEquals("News Analysis", article.getAs("section"));
    assertEquals(List.of("Said Arikat"), names(article.getAs("authors")));
    assertEquals("Washington", ((Row) article.getAs("dateline")).getAs("location"));
    assertEquals(Instant.parse("2026-04-10T04:15:00Z"), ((java.sql.Timestamp) article.getAs("published")).toInstant());
    assertEquals("Asia/Jerusalem", article.getAs("zone"));
    assertEquals("en", article.getAs("language"));
    assertEquals("ltr", article.getAs("direction"));
    assertEquals("he", article.getAs("pageLanguage"));
    assertEquals(List.of("ארצות הברית", "לבנון", "נתניהו"), list(article.getAs("tags")));
    List<Row> body = list(article.getAs("body"));
    assertEquals("figure", body.get(0).getAs("type"));
    assertEquals("The White House in Washington.", ((Row) body.get(0).getAs("image")).getAs("caption"));
    assertEquals(10, body.stream().filter(b -> "paragraph".equals(b.getAs("type"))).count());
    assertTrue((Integer) article.getAs("wordCount") > 800);
    scala.collection.Map<String, String> provenance = article.getAs("provenance");
    assertEquals("json-ld", provenance.get("published").get());
    assertEquals(TestWarcs.FETCHED, ((java.sql.Timestamp) seed.getAs("fetched")).toInstant());
    assertTrue(((String) seed.getAs("source")).endsWith("a.warc.gz"));

    Row noMeta = byUrl.get(NO_META).getAs("article");
    assertEquals("Washington – Said Arikat - 10/4/2026", ((Row) noMeta.getAs("dateline")).getAs("text"));
    assertEquals(Instant.parse("2026-04-10T04:15:00Z"), ((java.sql.Timestamp) noMeta.getAs("published")).toInstant());
    assertEquals("rtl", ((Row) byUrl.get(HE).getAs("article")).getAs("direction"));
    assertEquals("rtl", ((Row) byUrl.get(AR).getAs("article")).getAs("direction"));
    assertTrue(list(((Row) byUrl.get(AR).getAs("article")).getAs("body")).stream().anyMatch(b -> "table".equals(((Row) b).getAs("type"))));

    Row corrupt = byUrl.get("https://example.com/corrupt");
    assertNull(corrupt.getAs("article"));
    assertEquals("warc", ((Row) corrupt.getAs("error")).getAs("kind"));
    assertTrue(((String) ((Row) corrupt.getAs("error")).getAs("message")).startsWith("malformed HTTP response"));
    Row cut = rows.stream().filter(r -> ((String) r.getAs("source")).endsWith("c.warc.gz") && r.getAs("error") != null).findFirst().orElseThrow();
    assertTrue(((String) ((Row) cut.getAs("error")).getAs("message")).contains("(the end) hold no readable record"));
    assertTrue((Long) cut.getAs("offset") > 0);
  }

  @Test
  void countsStayExactWhenATaskFailsOnceAndIsRetried() throws IOException {
    Path flaky = Files.createDirectories(dir.resolve(FlakyFileSystem.DIRECTORY));
    for (String name : List.of("a.warc.gz", "b.warc", "c.warc.gz")) Files.copy(warcs.resolve(name), flaky.resolve(name));
    org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    int failedBefore = FlakyFileSystem.FAILED.get();
    Path out = dir.resolve("retried");
    String stdout;
    hadoop.set("fs.file.impl", FlakyFileSystem.class.getName());
    hadoop.setBoolean("fs.file.impl.disable.cache", true);
    try {
      stdout = run(0, "--output", out.toString(), "--partitions", "3", flaky.toString()).out();
    } finally {
      hadoop.unset("fs.file.impl");
      hadoop.unset("fs.file.impl.disable.cache");
    }
    assertTrue(FlakyFileSystem.FAILED.get() > failedBefore, "no task failed: the test did not test retries");
    assertTrue(stdout.contains("records     9"), stdout);
    assertTrue(stdout.contains("HTML pages  8"), stdout);
    assertTrue(stdout.contains("articles    6"), stdout);
    assertTrue(stdout.contains("failures    2"), stdout);
    List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
    assertEquals(8, rows.size());
    assertEquals(8, rows.stream().map(r -> r.getAs("source") + "@" + r.getAs("offset")).distinct().count());
  }

  @Test
  void stringHtmlWithoutAUrlColumnGivesArticles() {
    Dataset<Row> pages = spark.createDataFrame(List.of(
        RowFactory.create(new String(PAGES.get(EN), StandardCharsets.UTF_8)),
        RowFactory.create("<p>Relative <a href=/x>links</a> are dropped without a url.</p>"),
        RowFactory.create("<article><p>" + "Images keep the relative address the page gave without a url. ".repeat(3)
            + "</p><figure><img src=' /img/a.jpg' alt=a><figcaption>A caption.</figcaption></figure></article>")),
        new StructType().add("html", DataTypes.StringType));
    List<Row> rows = NewskitSpark.extractArticles(pages).collectAsList();
    assertEquals(3, rows.size());
    for (Row row : rows) assertNull(row.getAs("error"), () -> String.valueOf(row));
    Article direct = ArticleExtractor.create().extract(new String(PAGES.get(EN), StandardCharsets.UTF_8));
    assertEquals(direct.title(), Optional.ofNullable((String) ((Row) rows.get(0).getAs("article")).getAs("title")));
    Row withImage = rows.get(2).getAs("article");
    List<Row> images = withImage.getList(withImage.fieldIndex("images"));
    assertEquals("/img/a.jpg", images.get(0).getAs("url"));
    assertEquals("A caption.", images.get(0).getAs("caption"));
  }

  @Test
  void aDayOrALocalTimeIsTextNotAnInventedTimestamp() {
    String story = "<p>" + "The council met on Tuesday and voted, after a long debate, to rebuild the old bridge. ".repeat(4) + "</p>";
    Dataset<Row> pages = spark.createDataFrame(List.of(
        RowFactory.create("<html lang=de><head><meta property='article:published_time' content='2019-10-16'></head><body><article>"
            + "<h1>Die Brücke wird neu gebaut</h1>" + story + "</article></body></html>"),
        RowFactory.create("<html lang=de><head><meta property='article:published_time' content='2019-10-16T10:30:00'></head>"
            + "<body><article><h1>Die Brücke wird neu gebaut</h1>" + story + "</article></body></html>"),
        RowFactory.create("<html lang=de><head><meta property='article:published_time' content='2019-10-16T10:30:00+02:00'></head>"
            + "<body><article><h1>Die Brücke wird neu gebaut</h1>" + story + "</article></body></html>")),
        new StructType().add("html", DataTypes.StringType));
    List<Row> rows = NewskitSpark.extractArticles(pages).collectAsList();
    List<String> texts = new ArrayList<>();
    List<Object> stamps = new ArrayList<>();
    for (Row row : rows) {
      assertNull(row.getAs("error"), () -> String.valueOf(row));
      Row article = row.getAs("article");
      texts.add(article.getAs("publishedText"));
      stamps.add(article.getAs("published"));
    }
    assertEquals(List.of("2019-10-16", "2019-10-16T10:30", "2019-10-16T10:30:00+02:00"), texts);
    assertNull(stamps.get(0), "a day is no instant");
    assertNull(stamps.get(1), "a time without its offset is no instant");
    assertEquals(Instant.parse("2019-10-16T08:30:00Z"), ExtractPartition.instant(stamps.get(2)));
  }

  @Test
  void relativeDatesCountFromEachPagesCaptureTime() {
    String page = "<html lang=he><body><article><header><h1>כותרת הידיעה</h1><span class=date>לפני 3 שעות</span></header><div class=body>"
        + ("<p>" + "זהו גוף הידיעה, ארוך דיו כדי להיחשב למאמר ולהיקרא כגוף הטקסט. ".repeat(6) + "</p>").repeat(5)
        + "</div></article></body></html>";
    Instant first = Instant.parse("2024-02-01T10:00:00Z");
    Instant second = Instant.parse("2025-07-15T22:30:00Z");
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("html", DataTypes.StringType)
        .add("fetched", DataTypes.TimestampType);
    Dataset<Row> pages = spark.createDataFrame(List.of(
        RowFactory.create(1, page, java.sql.Timestamp.from(first)),
        RowFactory.create(2, page, java.sql.Timestamp.from(second)),
        RowFactory.create(3, page, null)), schema);
    Map<Integer, Optional<Instant>> published = new HashMap<>();
    for (Row row : NewskitSpark.extractArticles(pages).collectAsList()) {
      assertNull(row.getAs("error"), () -> String.valueOf(row));
      java.sql.Timestamp stamp = ((Row) row.getAs("article")).getAs("published");
      published.put(row.getAs("id"), Optional.ofNullable(stamp).map(java.sql.Timestamp::toInstant));
    }
    // Without a capture time the relative date is left out: the executor's clock is no evidence.
    assertEquals(Map.of(1, Optional.of(first.minusSeconds(3 * 3600)), 2, Optional.of(second.minusSeconds(3 * 3600)),
        3, Optional.empty()), published);
  }

  @Test
  void readingAndExtractingFromSixteenThreadsAtOnceGivesTheSameRows() throws Exception {
    // The Javadoc says NewskitSpark's methods are thread-safe: 16 driver threads plan and run jobs on one session.
    List<String> expected = SharedUse.sameOnEveryThread(1, () -> NewskitSpark.extractArticles(
            NewskitSpark.readWarc(spark, List.of(warcs.resolve("b.warc").toString())))
        .collectAsList().stream()
        .map(r -> r.getAs("url") + " " + (r.getAs("article") == null ? "error" : ((Row) r.getAs("article")).getAs("title")))
        .sorted().toList());
    assertEquals(3, expected.size(), () -> String.valueOf(expected));
    assertTrue(expected.stream().noneMatch(line -> line.endsWith(" error")), () -> String.valueOf(expected));
  }

  @Test
  void aFetchedColumnThatIsNotATimestampIsRefusedOnTheDriver() {
    Dataset<Row> pages = spark.createDataFrame(List.of(RowFactory.create("<p>x</p>", "yesterday")),
        new StructType().add("html", DataTypes.StringType).add("fetched", DataTypes.StringType));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewskitSpark.extractArticles(pages));
    assertTrue(e.getMessage().contains("'fetched' column must be a timestamp"), e.getMessage());
  }

  @Test
  void jsonLinesCarryTheSameArticlesAsExtractingEachPageDirectly() throws IOException {
    Path out = dir.resolve("jsonl");
    run(0, "--output", out.toString(), "--format", "jsonl", warcs.resolve("a.warc.gz").toString(), warcs.resolve("b.warc").toString());
    ArticleExtractor extractor = ArticleExtractor.create();
    JsonMapper mapper = JsonMapper.builder().build();
    int compared = 0;
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          JsonNode row = mapper.readTree(line);
          if (row.has("error")) continue;
          String url = row.get("url").asString();
          Article direct = extractor.extract(PAGES.get(url), url, null);
          assertEquals(utc(direct), utc(SparkJson.article(row.get("article"))), url);
          compared++;
        }
      }
    }
    assertEquals(5, compared);
  }

  @Test
  void extractArticlesKeepsOtherColumnsAndTypesItsErrors() {
    StructType schema = new StructType()
        .add("id", DataTypes.LongType).add("url", DataTypes.StringType).add("html", DataTypes.StringType);
    String tooManyElements = "<html><body>" + "<i>x</i>".repeat(200_001) + "</body></html>";
    Dataset<Row> pages = spark.createDataFrame(List.of(
        RowFactory.create(1L, EN, new String(PAGES.get(EN), StandardCharsets.UTF_8)),
        RowFactory.create(2L, "https://example.com/empty", null),
        RowFactory.create(3L, "https://example.com/huge", tooManyElements),
        RowFactory.create(4L, "not a url", "<p>Relative <a href=/x>links</a> need a base.</p>")), schema);

    Dataset<Row> articles = NewskitSpark.extractArticles(pages);
    assertEquals(List.of("id", "url", "article", "error"), List.of(articles.schema().fieldNames()));
    Map<Long, Row> byId = new HashMap<>();
    for (Row row : articles.collectAsList()) byId.put(row.getAs("id"), row);
    assertEquals(4, byId.size());
    assertNull(byId.get(1L).getAs("error"));
    assertEquals("input", ((Row) byId.get(2L).getAs("error")).getAs("kind"));
    assertEquals("limit", ((Row) byId.get(3L).getAs("error")).getAs("kind"));
    assertNull(byId.get(3L).getAs("article"));
    Row notAUrl = byId.get(4L).getAs("error");
    assertEquals("input", notAUrl.getAs("kind"));
    assertEquals("url must be an absolute http(s) URL: not a url", notAUrl.getAs("message"));
  }

  @Test
  void pagesWithoutAnHtmlColumnAreRefusedOnTheDriver() {
    Dataset<Row> noHtml = spark.createDataFrame(List.of(RowFactory.create("x")), new StructType().add("url", DataTypes.StringType));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewskitSpark.extractArticles(noHtml));
    assertTrue(e.getMessage().contains("'html' column"), e.getMessage());
    Dataset<Row> wrongType = spark.createDataFrame(List.of(RowFactory.create(1)), new StructType().add("html", DataTypes.IntegerType));
    assertThrows(IllegalArgumentException.class, () -> NewskitSpark.extractArticles(wrongType));
  }

  @Test
  void badArgumentsAndExistingOutputExitWithTwo() throws IOException {
    // The job's old, deprecated address forwards to the job artifact's command line.
    StringWriter out = new StringWriter();
    @SuppressWarnings("removal")
    int help = dev.newskit.spark.WarcExtractJob.run(spark, new PrintWriter(out, true), new PrintWriter(new StringWriter()), "--help");
    assertEquals(0, help);
    assertTrue(out.toString().contains("--output"), out.toString());

    String err = run(2, "--output", dir.resolve("none").toString(), dir.resolve("missing").toString()).err();
    assertTrue(err.contains("no such WARC file or directory"), err);
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("keep.txt"), "x");
    err = run(2, "--output", taken.toString(), warcs.resolve("b.warc").toString()).err();
    assertTrue(err.contains("--overwrite"), err);
    assertTrue(Files.exists(taken.resolve("keep.txt")));
  }

  private static Article utc(Article a) {
    Article.Builder b = a.toBuilder();
    a.published().ifPresent(t -> b.published(t.withOffsetSameInstant(ZoneOffset.UTC)));
    a.modified().ifPresent(t -> b.modified(t.withOffsetSameInstant(ZoneOffset.UTC)));
    return b.build();
  }

  /** What the job printed. */
  private record JobRun(String out, String err) {}

  private static JobRun run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = WarcExtractJob.run(spark, new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(expectedExit, status, () -> out + "\n" + err);
    return new JobRun(out.toString(), err.toString());
  }

  private static List<String> names(Object authors) {
    return TestRows.<Row>list(authors).stream().map(r -> (String) r.getAs("name")).toList();
  }

  private static <T> List<T> list(Object seq) {
    return TestRows.list(seq);
  }

  /** Scala sequences from rows as Java lists. */
  static final class TestRows {
    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava((Seq<T>) seq);
    }
  }
}
