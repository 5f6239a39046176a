package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code isAccessibleForFree} and the publisher's logo as a page's JSON-LD gives them, in each common form. */
class AccessAndLogoTest {
  private static final String URL = "https://news.example/world/story";
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private Article extract(String jsonLdProperties) {
    return extract(jsonLdProperties, "");
  }

  private Article extract(String jsonLdProperties, String head) {
    String html = "<html lang=en><head><title>A story</title>" + head + "<script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"A story\"" + jsonLdProperties
        + "}</script></head><body><article><h1>A story</h1>"
        + ("<p>" + "The story is told here in sentences long enough to be the article's body text. ".repeat(5) + "</p>").repeat(4)
        + "</article></body></html>";
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), URL);
  }

  @Test
  void booleansAndTheirStringFormsAreRead() {
    assertEquals(Optional.of(false), extract(",\"isAccessibleForFree\":false").accessibleForFree());
    assertEquals(Optional.of(true), extract(",\"isAccessibleForFree\":true").accessibleForFree());
    assertEquals(Optional.of(true), extract(",\"isAccessibleForFree\":\"True\"").accessibleForFree());
    assertEquals(Optional.of(false), extract(",\"isAccessibleForFree\":\" false \"").accessibleForFree());
  }

  @Test
  void aPaywalledPartMakesTheArticleNotFree() {
    String part = "{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\",\"cssSelector\":\".paywall\"}";
    assertEquals(Optional.of(false), extract(",\"hasPart\":" + part).accessibleForFree());
    assertEquals(Optional.of(false), extract(",\"hasPart\":[" + part + "]").accessibleForFree());
    assertEquals(Optional.of(true), extract(",\"isAccessibleForFree\":true,\"hasPart\":[" + part + "]").accessibleForFree(),
        "the article's own statement wins");
  }

  @Test
  void theOpenGraphContentTierCountsWhereJsonLdIsSilent() {
    assertEquals(Optional.of(false), extract("", "<meta property=\"article:content_tier\" content=\"locked\">").accessibleForFree());
    assertEquals(Optional.of(true), extract("", "<meta property=\"article:content_tier\" content=\"free\">").accessibleForFree());
    assertEquals(Optional.empty(), extract("", "<meta property=\"article:content_tier\" content=\"metered\">").accessibleForFree());
    assertEquals(Optional.of(true),
        extract(",\"isAccessibleForFree\":true", "<meta property=\"article:content_tier\" content=\"locked\">").accessibleForFree(),
        "JSON-LD comes first");
  }

  @Test
  void absentOrUnreadableValuesStayAbsent() {
    assertEquals(Optional.empty(), extract("").accessibleForFree());
    assertEquals(Optional.empty(), extract(",\"isAccessibleForFree\":\"maybe\"").accessibleForFree());
    assertEquals(Optional.empty(), extract(",\"hasPart\":{\"isAccessibleForFree\":true}").accessibleForFree());
    assertEquals(Optional.empty(), extract(",\"publisher\":{\"name\":\"News\"}").publisherLogo());
    assertEquals(Optional.empty(), extract(",\"publisher\":{\"name\":\"News\",\"logo\":\"ftp://news.example/l.png\"}").publisherLogo());
  }

  @Test
  void theLogoIsAStringOrAnImageObjectAndRelativeAddressesAreResolved() {
    assertEquals(Optional.of(URI.create("https://news.example/logo.png")),
        extract(",\"publisher\":{\"name\":\"News\",\"logo\":\"https://news.example/logo.png\"}").publisherLogo());
    assertEquals(Optional.of(URI.create("https://news.example/logo.png")),
        extract(",\"publisher\":{\"name\":\"News\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"/logo.png\"}}").publisherLogo());
  }
}
