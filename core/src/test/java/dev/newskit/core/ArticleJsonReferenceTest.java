package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * {@link ArticleJson} writes, byte for byte, what Jackson 3 databind writes from the records' annotations with
 * the configuration the README gives: the streaming writer and the annotations cannot drift apart.
 */
class ArticleJsonReferenceTest {
  /** Jackson 3 databind mapping the records by their annotations. */
  static final JsonMapper DATABIND = JsonMapper.builder()
      .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .addModule(new SimpleModule().addSerializer(Locale.class, new StdScalarSerializer<Locale>(Locale.class) {
        @Override
        public void serialize(Locale value, JsonGenerator gen, SerializationContext ctxt) {
          gen.writeString(value.toLanguageTag());
        }
      }))
      .build();

  @Test
  void seedIsWrittenAsDatabindWritesIt() {
    Article seed = SampleArticles.seed();
    assertEquals(DATABIND.writeValueAsString(seed), ArticleJson.write(seed));
    assertEquals(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(seed), ArticleJson.writePretty(seed));
    assertEquals(seed, DATABIND.readValue(ArticleJson.write(seed), Article.class));
  }

  @Test
  void emptyArticleIsWrittenAsDatabindWritesIt() {
    Article empty = Article.builder().build();
    assertEquals(DATABIND.writeValueAsString(empty), ArticleJson.write(empty));
  }

  @Test
  void anEmptyLinkTextIsWrittenAndReadBack() {
    Article a = Article.builder().addBlock(new Paragraph("Photo.", java.util.List.of(Link.of("", "https://x.example/"))))
        .addBlock(new Table(java.util.Optional.empty(), java.util.List.of(), java.util.List.of(java.util.List.of("1", ""), java.util.List.of())))
        .build();
    assertEquals(DATABIND.writeValueAsString(a), ArticleJson.write(a));
    assertEquals(a, DATABIND.readValue(ArticleJson.write(a), Article.class));
    assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
  }

  @Property(tries = 300)
  void randomArticlesAreWrittenAsDatabindWritesThem(@ForAll("articles") Article article) {
    assertEquals(DATABIND.writeValueAsString(article), ArticleJson.write(article));
    assertEquals(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(article), ArticleJson.writePretty(article));
  }

  @Provide
  Arbitrary<Article> articles() {
    return new ArticleJsonPropertyTest().articles();
  }
}
