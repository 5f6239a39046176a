package dev.newskit.consumer;

// README: Jackson 2 (begin)
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;

/** A plain Jackson 2 mapper that maps newskit's records exactly as ArticleJson does. */
final class Jackson2Mapper {
  static final ObjectMapper MAPPER = JsonMapper.builder()
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
// README: Jackson 2 (end)

  private Jackson2Mapper() {}
}
