package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A plain Jackson 2 mapper, configured as the README says, maps the records to and from ArticleJson's bytes. */
class Jackson2CompatibilityTest {
  // The README's "Jackson 2" block, verbatim.
  static final ObjectMapper JACKSON2 = JsonMapper.builder()
      .addModule(new Jdk8Module())                                        // Optional, OptionalInt
      .addModule(new JavaTimeModule())                                    // OffsetDateTime, ZoneId
      .addModule(new SimpleModule()                                       // languages as BCP-47 tags
          .addSerializer(Locale.class, new StdScalarSerializer<Locale>(Locale.class) {
            @Override
            public void serialize(Locale value, JsonGenerator gen, SerializerProvider provider) throws IOException {
              gen.writeString(value.toLanguageTag());
            }
          })
          .addDeserializer(Locale.class, new StdScalarDeserializer<Locale>(Locale.class) {
            @Override
            public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
              return Locale.forLanguageTag(p.getValueAsString());
            }
          }))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)            // ISO-8601 text, not epoch seconds
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)  // keep the page's offset on read
      .build();

  @Test
  void seedIsByteIdenticalBothWays() throws Exception {
    Article seed = SampleArticles.seed();
    String json = ArticleJson.write(seed);
    assertEquals(json, JACKSON2.writeValueAsString(seed));
    assertEquals(seed, JACKSON2.readValue(json, Article.class));
  }

  @Test
  void languageTagsWithRegionAndScript() throws Exception {
    Article a = Article.builder().language(Locale.forLanguageTag("zh-Hant-TW")).pageLanguage(Locale.forLanguageTag("en-GB")).build();
    assertEquals(ArticleJson.write(a), JACKSON2.writeValueAsString(a));
    assertEquals(a, JACKSON2.readValue(ArticleJson.write(a), Article.class));
  }

  @Property(tries = 100)
  void randomArticlesAreByteIdenticalBothWays(@ForAll("articles") Article article) throws Exception {
    String json = ArticleJson.write(article);
    assertEquals(json, JACKSON2.writeValueAsString(article));
    assertEquals(article, JACKSON2.readValue(json, Article.class));
  }

  @Provide
  Arbitrary<Article> articles() {
    return new ArticleJsonPropertyTest().articles();
  }
}
