package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** {@link Nodes}: bulk removal and replacement keep the page's order and detach exactly what goes. */
class NodesTest {
  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }

  @Test
  void severalChildrenOfOneParentGoAndTheRestKeepTheirOrder() {
    Element body = body("<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>");
    List<Element> ps = body.children();
    Element a = ps.get(0);
    Element b = ps.get(1);
    Element d = ps.get(3);
    Nodes.removeAll(List.of(d, a, b));
    assertEquals("<p>c</p><p>e</p>", body.html().replace("\n", ""));
    assertNull(a.parent());
    assertNull(b.parent(), "a removed node is detached");
    assertNull(d.parent());
    for (int i = 0; i < body.childNodeSize(); i++) assertEquals(i, body.childNode(i).siblingIndex(), "sibling indexes are rebuilt");
  }

  @Test
  void aSingleChildAndChildrenOfDifferentParentsGo() {
    Element body = body("<div><p>a</p><p>b</p></div><section><p>c</p><span>d</span>e</section>");
    Element a = body.selectFirst("p");
    Element span = body.selectFirst("span");
    Node e = span.nextSibling();
    Nodes.removeAll(List.of(a, span, e));
    assertEquals("<div><p>b</p></div><section><p>c</p></section>", body.html().replace("\n", "").replace(" ", ""));
  }

  @Test
  void detachedNodesNodesInsideDoomedOnesAndRepeatsAreFine() {
    Element body = body("<div><p>inner <b>bold</b></p></div><p>kept</p>");
    Element div = body.selectFirst("div");
    Element inner = body.selectFirst("p");
    Element bold = body.selectFirst("b");
    Element loose = new Element("p").text("never attached");
    Nodes.removeAll(List.of(div, inner, bold, loose, div));
    assertEquals("<p>kept</p>", body.html().replace("\n", ""));
    assertNull(div.parent());
    assertNull(loose.parent(), "a node never attached stays so");
  }

  @Test
  void nothingToRemoveChangesNothing() {
    Element body = body("<p>a</p><p>b</p>");
    String before = body.outerHtml();
    Nodes.removeAll(List.of());
    assertEquals(before, body.outerHtml());
  }

  @Test
  void halfOfAVeryWideParentGoes() {
    Document doc = Jsoup.parse("<div></div>");
    Element div = doc.selectFirst("div");
    List<Node> doomed = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      TextNode t = new TextNode(Integer.toString(i));
      div.appendChild(t);
      if (i % 2 == 1) doomed.add(t);
    }
    Nodes.removeAll(doomed);
    assertEquals(25_000, div.childNodeSize());
    assertEquals("0", ((TextNode) div.childNode(0)).text());
    assertEquals("49998", ((TextNode) div.childNode(24_999)).text());
    assertEquals(24_999, div.childNode(24_999).siblingIndex());
  }

  @Test
  void replaceChildrenGivesExactlyTheListInItsOrder() {
    Element body = body("<ul><li>1</li><li>2</li><li>3</li></ul>");
    Element ul = body.selectFirst("ul");
    List<Element> items = new ArrayList<>(ul.children());
    Element two = items.get(1);
    Nodes.replaceChildren(ul, List.of(items.get(2), items.get(0)));
    assertEquals("<li>3</li><li>1</li>", ul.html().replace("\n", "").replace(" ", ""));
    assertNull(two.parent(), "a child the parent loses is detached");
    assertSame(ul, items.get(2).parent());
    assertEquals(1, items.get(0).siblingIndex());
  }

  @Test
  void elementsOfIsEveryElementInDocumentOrderAsJsoupGathersThem() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 70; i++) deep.append("<div id=d").append(i).append(">t<b>x</b>");
    Element body = body("<p>a<i>b<u>c</u></i>d</p><!-- c --><ul><li>1<li>2</ul>" + deep + "<span>end</span>");
    assertEquals(body.getAllElements(), Nodes.elementsOf(body));
    Element leaf = body.selectFirst("u");
    assertEquals(List.of(leaf), Nodes.elementsOf(leaf));
  }

  @Test
  void traverseVisitsEveryNodeAsJsoupsTraversorDoes() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 40; i++) deep.append("<div>t<b>x</b><br>");
    Document doc = Jsoup.parse("<title>T</title><p>a<i>b<u>c</u></i>d</p><!-- c --><ul><li>1<li></ul>" + deep);
    List<String> jsoup = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse(recording(jsoup), doc);
    Nodes.traverse(recording(ours), doc);
    assertEquals(jsoup, ours);
    List<String> leaf = new ArrayList<>();
    Nodes.traverse(recording(leaf), doc.selectFirst("u").childNode(0));
    assertEquals(List.of("head #text 0", "tail #text 0"), leaf);
  }

  private static org.jsoup.select.NodeVisitor recording(List<String> visits) {
    return new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        visits.add("head " + node.nodeName() + " " + depth);
      }

      @Override
      public void tail(Node node, int depth) {
        visits.add("tail " + node.nodeName() + " " + depth);
      }
    };
  }
}
