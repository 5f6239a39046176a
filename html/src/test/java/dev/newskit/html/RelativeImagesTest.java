package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Figure;
import dev.newskit.core.Image;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Without the page's address, images are kept with the relative addresses the page gave (img, srcset, lazy
 * attributes, og:image); with it, they are resolved as always, and resolving the kept ones later gives the same.
 */
class RelativeImagesTest {
  private static final String URL = "https://news.example/world/2026/story.html";
  private static final String PAGE = "<html><head><meta property=\"og:image\" content=\"/img/lead.jpg\">"
      + "<title>Council approves the new budget</title></head><body><article>"
      + "<h1>Council approves the new budget</h1>"
      + "<figure><img src=\"/img/lead.jpg\" alt=\"The council\" width=\"1200\" height=\"800\">"
      + "<figcaption>The council in session on Tuesday.</figcaption></figure>"
      + "<p>The council approved the budget on Tuesday after a long debate, and the full document is now "
      + "public, with every line of spending listed by department and by year for residents to read.</p>"
      + "<figure><img srcset=\"pics/hall-320.jpg 320w, pics/hall-1280.jpg 1280w\" alt=\"The hall\">"
      + "<figcaption>The town hall, where the vote was held.</figcaption></figure>"
      + "<p>Members of the opposition voted against it, saying that the cuts to the library service were too "
      + "deep and that the consultation had been too short for residents to respond in time.</p>"
      + "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"//cdn.example/library.jpg\" alt=\"The library\">"
      + "<figcaption>The central library, whose hours will be cut.</figcaption></figure>"
      + "<figure><img src=\"../../../../up/ä.jpg?w=1\" alt=\"Up\"><figcaption>An address that climbs above the root.</figcaption></figure>"
      + "<figure><img src=\"javascript:alert(1)\" alt=\"x\"><figcaption>Not an image address at all.</figcaption></figure>"
      + "<figure><img src=\"#top\" alt=\"y\"><figcaption>The page itself, not an image.</figcaption></figure>"
      + "<p>The mayor said the budget would be reviewed in the spring, once the first quarter's figures were in, "
      + "and that no further cuts were planned before then.</p>"
      + "</article></body></html>";

  private static List<Image> figures(Article a) {
    return a.body().stream().filter(b -> b instanceof Figure).map(b -> ((Figure) b).image()).toList();
  }

  private static List<String> urls(List<Image> images) {
    return images.stream().map(i -> i.url().toString()).toList();
  }

  @Test
  void withoutTheAddressImagesAreKeptAsThePageGaveThem() {
    Article a = ArticleExtractor.create().extract(PAGE);
    assertEquals(List.of("/img/lead.jpg", "pics/hall-1280.jpg", "//cdn.example/library.jpg", "../../../../up/ä.jpg?w=1"), urls(figures(a)));
    assertEquals(List.of("/img/lead.jpg", "pics/hall-1280.jpg", "//cdn.example/library.jpg", "../../../../up/ä.jpg?w=1"), urls(a.images()));
    Image lead = a.images().get(0);
    assertEquals("The council in session on Tuesday.", lead.caption().orElseThrow(), "og:image is the figure's image");
    assertEquals("The council", lead.alt().orElseThrow());
    assertEquals(1200, lead.width().getAsInt());
    assertEquals("The town hall, where the vote was held.", figures(a).get(1).caption().orElseThrow());
    assertTrue(a.images().stream().allMatch(i -> i.absoluteUrl().isEmpty()));
  }

  @Test
  void withTheAddressTheyAreResolvedAsBefore() {
    Article a = ArticleExtractor.create().extract(PAGE, URL);
    assertEquals(List.of("https://news.example/img/lead.jpg", "https://news.example/world/2026/pics/hall-1280.jpg",
        "https://cdn.example/library.jpg", "https://news.example/up/ä.jpg?w=1"), urls(a.images()));
    assertEquals(urls(a.images()), urls(figures(a)));
  }

  @Test
  void resolvingTheKeptImagesLaterGivesWhatTheAddressWouldHaveGiven() {
    ArticleExtractor extractor = ArticleExtractor.create();
    Article without = extractor.extract(PageInput.of(PAGE.getBytes(StandardCharsets.UTF_8)));
    Article with = extractor.extract(PageInput.of(PAGE.getBytes(StandardCharsets.UTF_8)).withUrl(URL));
    URI page = URI.create(URL);
    assertEquals(with.images(), without.images().stream().map(i -> i.resolve(page)).toList());
    assertEquals(figures(with), figures(without).stream().map(i -> i.resolve(page)).toList());
  }

  @Test
  void aParsedDocumentWithoutAnAddressKeepsThemToo() {
    Article a = ArticleExtractor.create().extract(PageInput.of(Jsoup.parse(PAGE)));
    assertEquals(List.of("/img/lead.jpg", "pics/hall-1280.jpg", "//cdn.example/library.jpg", "../../../../up/ä.jpg?w=1"), urls(a.images()));
  }

  @Test
  void aRelativeOgImageWithoutAFigureIsKept() {
    String page = PAGE.replace("<meta property=\"og:image\" content=\"/img/lead.jpg\">",
        "<meta property=\"og:image\" content=\" social/card.png \">");
    Article a = ArticleExtractor.create().extract(page);
    assertEquals("social/card.png", a.images().get(0).url().toString());
    assertEquals("https://news.example/world/2026/social/card.png",
        ArticleExtractor.create().extract(page, URL).images().get(0).url().toString());
    String hostile = PAGE.replace("content=\"/img/lead.jpg\"", "content=\"javascript:alert(1)\"");
    assertEquals("/img/lead.jpg", ArticleExtractor.create().extract(hostile).images().get(0).url().toString(),
        "a javascript: og:image is no image; the figures remain");
  }

  @Test
  void theCleanBodyHtmlKeepsThemToo() {
    ExtractedPage without = ArticleExtractor.create().extractPage(PAGE, null);
    assertTrue(without.bodyHtml().contains("src=\"/img/lead.jpg\""), without.bodyHtml());
    assertTrue(without.bodyHtml().contains("src=\"//cdn.example/library.jpg\""), without.bodyHtml());
    assertTrue(!without.bodyHtml().contains("javascript:") && !without.bodyHtml().contains("#top"), without.bodyHtml());
    ExtractedPage with = ArticleExtractor.create().extractPage(PAGE, URL);
    assertTrue(with.bodyHtml().contains("src=\"https://news.example/img/lead.jpg\""), with.bodyHtml());
  }
}
