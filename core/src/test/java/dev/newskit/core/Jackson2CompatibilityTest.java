package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson 2 users map the records with the same annotations and get the same field names. */
class Jackson2CompatibilityTest {

  @Test
  void jackson2MapsTheRecordsWithTheSameFieldNames() throws Exception {
    ObjectMapper jackson2 = new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Article seed = SampleArticles.seed();

    JsonNode v2 = jackson2.readTree(jackson2.writeValueAsString(seed));
    tools.jackson.databind.JsonNode v3 = ArticleJson.toTree(seed);

    assertEquals(names(v3), fieldNames(v2));
    for (int i = 0; i < seed.body().size(); i++) {
      assertEquals(v3.get("body").get(i).get("type").asString(), v2.get("body").get(i).get("type").asText());
    }
    assertEquals(v3.get("direction").asString(), v2.get("direction").asText());
    assertEquals(v3.get("provenance").get("published").asString(), v2.get("provenance").get("published").asText());
    assertEquals(v3.get("dateline").get("location").asString(), v2.get("dateline").get("location").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> names(tools.jackson.databind.JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
