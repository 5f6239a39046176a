package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Image;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImagesTest {
  private static final String BASE = "https://news.example/world/story.html";

  private static Document resolved(String html) {
    Document doc = Jsoup.parse(html, BASE);
    Images.resolveLazyImages(doc);
    return doc;
  }

  private static Element img(String html) {
    return Jsoup.parse(html, BASE).selectFirst("img");
  }

  @Test
  void lazyAttributesGiveTheRealSource() {
    assertEquals("/img/a.jpg", resolved("<img src='data:image/gif;base64,R0' data-src=' /img/a.jpg '>").selectFirst("img").attr("src"));
    assertEquals("/b.jpg", resolved("<img data-lazy-src='' data-original='/b.jpg'>").selectFirst("img").attr("src"));
    assertEquals("/real.jpg", resolved("<img src='/real.jpg' data-src='/other.jpg'>").selectFirst("img").attr("src"),
        "a real source is kept");
  }

  @Test
  void theLargestSrcsetCandidateOrAPictureSource() {
    assertEquals("/big.jpg", resolved("<img srcset='/small.jpg 400w, /big.jpg 1200w, /mid.jpg 800w'>").selectFirst("img").attr("src"));
    assertEquals("/2x.jpg", resolved("<img src='' data-srcset='/1x.jpg 1x, /2x.jpg 2x'>").selectFirst("img").attr("src"));
    assertEquals("/p.webp", resolved("<picture><source srcset='/p.webp 1x'><img></picture>").selectFirst("img").attr("src"));
    assertFalse(resolved("<img alt=x>").selectFirst("img").hasAttr("src"), "nothing to resolve from");
  }

  @Test
  void noscriptFallbacksReplaceTheirPlaceholder() {
    Document doc = resolved("<p><img class=lazy src=''><noscript><img src='/real.jpg'></noscript></p><noscript><p>enable JS</p></noscript>");
    assertEquals(1, doc.select("img").size(), doc.body().html());
    assertEquals("/real.jpg", doc.selectFirst("img").attr("src"));
    assertTrue(doc.select("noscript").isEmpty());
    assertFalse(doc.text().contains("enable JS"));
  }

  @Test
  void placeholdersAndSpacersAreNotRealSources() {
    assertFalse(Images.hasRealSource(img("<img src=' '>")));
    assertFalse(Images.hasRealSource(img("<img src='data:image/png;base64,xx'>")));
    assertFalse(Images.hasRealSource(img("<img src='#top'>")), "a fragment names the page itself");
    assertFalse(Images.hasRealSource(img("<img src='/i/Spacer.GIF'>")));
    assertFalse(Images.hasRealSource(img("<img src='/t/1x1.png'>")));
    assertFalse(Images.hasRealSource(img("<img src='/assets/placeholder.png'>")));
    assertTrue(Images.hasRealSource(img("<img src='/photos/a.jpg'>")));
  }

  @Test
  void anImageWithItsAltAndSize() {
    Image image = Images.of(img("<img src='/photos/a.jpg' alt=' The  White House ' width='800px' height=450>")).orElseThrow();
    assertEquals("https://news.example/photos/a.jpg", image.url().toString());
    assertEquals(Optional.of("The White House"), image.alt());
    assertEquals("800x450", image.width().getAsInt() + "x" + image.height().getAsInt());
    assertEquals(Optional.empty(), Images.of(img("<img src='data:image/png;base64,xx'>")));
    assertEquals(Optional.empty(), Images.of(img("<img src='ftp://news.example/a.jpg'>")));
    assertTrue(Images.of(img("<img src='/a.jpg' alt=''>")).orElseThrow().alt().isEmpty());
  }

  @Test
  void tinyByDeclaredSize() {
    assertTrue(Images.isTiny(img("<img src=a.jpg width=1 height=1>")));
    assertTrue(Images.isTiny(img("<img src=a.jpg width=59>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width=60 height=60>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width=auto>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg>")));
    // Sizes are read as Integer.parseInt reads them: a sign, any script's digits; nothing else, no overflow.
    assertTrue(Images.isTiny(img("<img src=a.jpg width='+40'>")));
    assertTrue(Images.isTiny(img("<img src=a.jpg width=' 40px '>")));
    assertTrue(Images.isTiny(img("<img src=a.jpg width='٤٠'>")), "Arabic-Indic 40");
    assertFalse(Images.isTiny(img("<img src=a.jpg width='-5'>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width='+'>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width='40.5'>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width='10%'>")));
    assertFalse(Images.isTiny(img("<img src=a.jpg width='-99999999999'>")), "overflow");
  }
}
