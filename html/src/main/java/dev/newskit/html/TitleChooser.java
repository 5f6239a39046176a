package dev.newskit.html;

import dev.newskit.core.FieldSource;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Chooses an article's title among the declared title (JSON-LD headline, {@code og:title}, Twitter and
 * other metas, in that precedence), the headline element and the {@code <title>}, by agreement: a
 * declared title that is only the site's or a section's name ({@code og:title} = "Krimiblog-Archiv")
 * yields to a headline the {@code <title>} agrees with, and the site's name and a leading date
 * ("23.01.2022 - …") are stripped from what is left.
 */
final class TitleChooser {
  /** The separators between a headline and a site or section name in titles. */
  static final String TITLE_SEPARATORS = "\\s+[|–—:»«·•/\\\\-]{1,2}\\s+";
  /** {@link #TITLE_SEPARATORS} compiled once: {@code String.split} would compile it on every call. */
  static final Pattern TITLE_SEPARATOR = Pattern.compile(TITLE_SEPARATORS);
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\s*[|–—:-]\\s+");

  private TitleChooser() {}

  /**
   * The title and where it came from.
   *
   * @param declared the first title the page declares, by precedence
   * @param h1 the headline element's text, or empty
   * @param titleElement the {@code <title>} text, or empty
   * @param siteName the site's declared name, when it has one
   */
  static Optional<Sourced<String>> choose(Optional<Sourced<String>> declared, String h1, String titleElement,
      Optional<String> siteName) {
    return choose(declared.map(List::of).orElse(List.of()), h1, titleElement, siteName);
  }

  /**
   * Like the method above, given every title the page declares: the headline element wins over the first
   * declared title when the {@code <title>} says the same as the headline and the declared title says
   * something else (a teaser's or a search engine's wording). Another declared title seconding the
   * headline is not enough: pages give social networks their own wording too.
   */
  static Optional<Sourced<String>> choose(List<Sourced<String>> allDeclared, String h1, String titleElement,
      Optional<String> siteName) {
    return choose(allDeclared, h1, titleElement, siteName, Optional.empty());
  }

  /**
   * Like the method above, with the host's name ({@code biathlon-antholz} of {@code www.biathlon-antholz.it}),
   * which a title's site part may print instead of the declared site name.
   */
  static Optional<Sourced<String>> choose(List<Sourced<String>> allDeclared, String h1, String titleElement,
      Optional<String> siteName, Optional<String> host) {
    return choose(allDeclared, h1, titleElement, siteName, host, Optional.empty());
  }

  /**
   * Like the method above, with the name the page's breadcrumb trail gives the page itself: a headline the
   * breadcrumb names wins over a declared title or {@code <title>} that says something else (a search
   * engine's wording, a section's name).
   */
  static Optional<Sourced<String>> choose(List<Sourced<String>> allDeclared, String h1, String titleElement,
      Optional<String> siteName, Optional<String> host, Optional<String> breadcrumb) {
    return choose(allDeclared, h1, titleElement, siteName, host, breadcrumb, Optional.empty());
  }

  /**
   * Like the method above, with the page's address, whose last path segment is often its headline's words
   * ({@code /essen-westviertel.htm}): a headline element it names beats a {@code <title>} it does not, on a page
   * that declares no title, and a headline element it spells whole beats any other candidate.
   */
  static Optional<Sourced<String>> choose(List<Sourced<String>> allDeclared, String h1, String titleElement,
      Optional<String> siteName, Optional<String> host, Optional<String> breadcrumb, Optional<String> url) {
    Optional<Sourced<String>> declared = allDeclared.isEmpty() ? Optional.empty() : Optional.of(allDeclared.get(0));
    if (namedByBreadcrumb(h1, breadcrumb)
        && !agrees(declared.map(Sourced::value).orElse(titleElement), h1, siteName)) {
      return Optional.of(new Sourced<>(h1, FieldSource.VISIBLE_TEXT));
    }
    // Unless the declared title is that headline with a few words more: the same headline, in full.
    if (spelledByUrl(h1, url) && !declared.filter(d -> fillsOut(clean(d.value(), h1, siteName, host), h1)).isPresent()) {
      return Optional.of(new Sourced<>(h1, FieldSource.VISIBLE_TEXT));
    }
    if (declared.isPresent() && Texts.words(h1) >= 2 && !agrees(declared.get().value(), h1, siteName)) {
      if (agrees(titleElement, h1, siteName) && !isTitlesSitePart(h1, titleElement, declared.get().value())) {
        return Optional.of(new Sourced<>(withoutDatePrefix(h1), FieldSource.VISIBLE_TEXT));
      }
    }
    // A headline element that holds the whole <title> after a kicker ("Medienmitteilung der Direktion: …").
    if (!h1.isEmpty() && Texts.words(titleElement) >= 4 && !Texts.key(h1).equals(Texts.key(titleElement))
        && Texts.key(h1).endsWith(Texts.key(titleElement))
        && (declared.isEmpty() || isSiteOrSection(declared.get().value(), h1, titleElement, siteName))) {
      return Optional.of(new Sourced<>(titleElement, FieldSource.META));
    }
    if (declared.isPresent() && !isSiteOrSection(declared.get().value(), h1, titleElement, siteName)) {
      String t = declared.get().value();
      if (!h1.isEmpty() && !t.equals(h1) && Texts.key(t).contains(Texts.key(h1)) && h1.length() > 15) {
        return Optional.of(new Sourced<>(h1, FieldSource.VISIBLE_TEXT));
      }
      String cleaned = clean(t, h1, siteName, host);
      if (fillsOut(h1, cleaned)) return Optional.of(new Sourced<>(h1, FieldSource.VISIBLE_TEXT));
      return Optional.of(new Sourced<>(cleaned, declared.get().source()));
    }
    if (!h1.isEmpty() && (titleElement.isEmpty() || Texts.key(titleElement).contains(Texts.key(h1))
        || declared.isPresent())) {
      return Optional.of(new Sourced<>(withoutDatePrefix(h1), FieldSource.VISIBLE_TEXT));
    }
    if (!titleElement.isEmpty()) {
      String t = clean(titleElement, h1, siteName, host);
      if (saysMoreThan(h1, t)) return Optional.of(new Sourced<>(withoutDatePrefix(h1), FieldSource.VISIBLE_TEXT));
      if (declared.isEmpty() && (isHeadlineBesideTitle(h1, titleElement, siteName, host)
          || namedByUrl(h1, url) && !namedByUrl(t, url))) {
        return Optional.of(new Sourced<>(withoutDatePrefix(h1), FieldSource.VISIBLE_TEXT));
      }
      return Optional.of(new Sourced<>(t, FieldSource.META));
    }
    if (!h1.isEmpty()) return Optional.of(new Sourced<>(h1, FieldSource.VISIBLE_TEXT));
    return declared.map(d -> new Sourced<>(d.value(), d.source()));
  }

  /**
   * Whether a headline element that the {@code <title>} does not hold is the page's headline beside it, on a
   * page that declares no title: the {@code <title>} names the site in a part of its own, by the declared site
   * name or as the host's name spells it ("Drucker • Etiketten • Service | DRUCKHAUS AG" on {@code druckhaus-ag.de}),
   * so it is the page's name for search results, and the h1 is what the reader sees. An h1 that is the site's
   * name is not.
   */
  private static boolean isHeadlineBesideTitle(String h1, String titleElement, Optional<String> siteName, Optional<String> host) {
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    if (Texts.key(h1).isEmpty() || host.isEmpty() || parts.length < 2) return false;
    if (!namesSite(parts[0], siteName, host) && !namesSite(parts[parts.length - 1], siteName, host)) return false;
    if (siteName.filter(n -> sameName(h1, n)).isPresent() || sameName(h1, host.get())) return false;
    for (String part : parts) if (Texts.key(part).equals(Texts.key(h1))) return false;
    return true;
  }

  /**
   * Whether the address's last path segment spells the headline element's text word for word and nothing else (a
   * trailing number, an id, may follow): {@code /bundesregierung-drosselt-bioenergie-branche-protestiert/} beside that
   * h1, {@code /design/} beside the h1 "Design". The page named itself by its headline, whatever the metas say.
   */
  private static boolean spelledByUrl(String h1, Optional<String> url) {
    String key = Texts.key(asciiLetters(h1));
    if (url.isEmpty() || key.length() < 4) return false;
    String last = lastSegment(url.get());
    return Texts.key(asciiLetters(last)).equals(key) || Texts.key(asciiLetters(TRAILING_NUMBER.matcher(last).replaceFirst(""))).equals(key);
  }

  /** A number that ends a path segment after a separator ({@code -1234567}, {@code .2}): an id, not the headline's. */
  private static final Pattern TRAILING_NUMBER = Pattern.compile("[-_.]\\d+$");

  private static final Pattern URL_QUERY = Pattern.compile("[?#].*$");
  private static final Pattern URL_ORIGIN = Pattern.compile("^[a-zA-Z]+://[^/]*");
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
  private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[a-zA-Z0-9]{2,5}$");

  /** The address's last path segment, without its query, fragment and file extension. */
  private static String lastSegment(String url) {
    String path = URL_QUERY.matcher(url).replaceFirst("");
    path = URL_ORIGIN.matcher(path).replaceFirst("");
    path = TRAILING_SLASHES.matcher(path).replaceFirst("");
    return FILE_EXTENSION.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
  }

  /** Whether the address's last path segment holds the text's words (eight letters at least), extension and query left out. */
  private static boolean namedByUrl(String text, Optional<String> url) {
    String key = Texts.key(text);
    if (url.isEmpty() || key.length() < 8) return false;
    return Texts.key(asciiLetters(lastSegment(url.get()))).contains(Texts.key(asciiLetters(text)));
  }

  /** Whether a title's part is the declared site name or the host's name. */
  private static boolean namesSite(String part, Optional<String> siteName, Optional<String> host) {
    return siteName.filter(n -> sameName(part, n)).isPresent() || host.filter(h -> sameName(part, h)).isPresent();
  }

  /**
   * Whether the headline element is the {@code <title>}'s site part while the declared title is its headline part
   * ("Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung Offshore-Windenergie" beside the h1
   * "Stiftung Offshore Windenergie"): the {@code <title>} then seconds the declared title, not the h1.
   */
  private static boolean isTitlesSitePart(String h1, String titleElement, String declared) {
    String h = Texts.key(h1);
    String d = Texts.key(declared);
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    if (parts.length < 2 || d.isEmpty() || !Texts.key(titleElement).startsWith(d)) return false;
    return Texts.key(parts[parts.length - 1]).equals(h) && !Texts.key(parts[0]).equals(h);
  }

  /**
   * Whether the headline element holds the {@code <title>}'s headline part and says more ("Chorgeschichte"
   * beside "Geschichte - St. Georgs Chorknaben Ulm"): the title is the page's short name, the element its headline.
   */
  private static boolean saysMoreThan(String h1, String titleHead) {
    String h = Texts.key(h1);
    String t = Texts.key(titleHead);
    return !t.isEmpty() && h.length() > t.length() && h.contains(t);
  }

  /**
   * Whether the headline element is the declared title with a few words more, from the same first word on
   * ("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee" beside "Ultium Cells erhöht Gigafactory-Kapazität",
   * "… in R (5 Examples) | Axis Text" beside "… in R | Axis Text"): a declared title shortened for search
   * results. A longer addition (a subtitle), one before the first word (a kicker) or one after a separator
   * (a site's name) is not that.
   */
  private static boolean fillsOut(String h1, String declared) {
    List<String> h = tokens(h1);
    List<String> d = tokens(declared);
    if (d.size() < 3 || h.size() <= d.size() || h.size() - d.size() > 3 || !h.get(0).equals(d.get(0))) return false;
    String[] parts = TITLE_SEPARATOR.split(h1);
    if (parts.length > 1 && !Texts.key(declared).contains(Texts.key(parts[parts.length - 1]))) return false;
    int at = 0;
    for (String w : h) if (at < d.size() && w.equals(d.get(at))) at++;
    return at == d.size();
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The words of a text, as keys. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(text)) if (!w.isEmpty()) out.add(Texts.key(w));
    return out;
  }

  /** Whether the breadcrumb's last item is the headline, word for word (two words at least: not a section's name). */
  private static boolean namedByBreadcrumb(String h1, Optional<String> breadcrumb) {
    return Texts.words(h1) >= 2 && breadcrumb.filter(b -> Texts.key(b).equals(Texts.key(h1))).isPresent();
  }

  /** Whether {@code candidate}, without a site part, says what the headline says, or holds it whole. */
  private static boolean agrees(String candidate, String h1, Optional<String> siteName) {
    if (candidate.isEmpty() || h1.isEmpty()) return false;
    String h = Texts.key(h1);
    if (Texts.key(candidate).equals(h) || Texts.key(clean(candidate, h1, siteName, Optional.empty())).equals(h)) return true;
    for (String part : TITLE_SEPARATOR.split(candidate)) if (Texts.key(part).equals(h)) return true;
    return false;
  }

  /**
   * Whether a declared title is the site's or a section's name rather than the headline: it is the
   * site's name, or a short name that the {@code <title>} prints as a part beside the headline element.
   */
  private static boolean isSiteOrSection(String declared, String h1, String titleElement, Optional<String> siteName) {
    String key = Texts.key(declared);
    if (h1.isEmpty() || key.contains(Texts.key(h1)) || Texts.key(h1).contains(key)) return false;
    if (siteName.isPresent() && Texts.key(siteName.get()).equals(key)) return true;
    if (Texts.words(declared) > 4 || titleElement.isEmpty()) return false;
    // "Ins neue Jahr | Literaturgefluester" with the h1 "Literaturgefluester": the h1 is the site's name.
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    if (parts.length >= 2 && Texts.key(parts[0]).equals(key) && Texts.key(parts[parts.length - 1]).equals(Texts.key(h1))) {
      return false;
    }
    // A short declared name that neither the headline nor the <title>'s headline holds, beside a
    // headline the <title> agrees with, is the site's or a section's name.
    return Texts.key(titleElement).contains(Texts.key(h1))
        || Texts.words(titleElement) >= 4 && Texts.key(h1).endsWith(Texts.key(titleElement));
  }

  /**
   * The text of the headline among a page's {@code h1}s: {@code chosen} (the one nearest the body), unless
   * it is the site's name (a logo) and another {@code h1} agrees with the {@code <title>} or declared title.
   */
  static String headline(List<Element> h1s, @Nullable Element chosen, String titleElement, Optional<Sourced<String>> declared,
      Optional<String> siteName) {
    String text = chosen == null ? "" : withoutKicker(chosen);
    if (h1s.size() < 2) return text;
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    boolean siteLike = siteName.map(n -> Texts.key(n).equals(Texts.key(text))).orElse(false)
        || (parts.length >= 2 && (Texts.key(parts[parts.length - 1]).equals(Texts.key(text))
            || Texts.key(parts[0]).equals(Texts.key(text)) || isMinorPart(parts, text)));
    if (!siteLike && !text.isEmpty()) return text;
    String agreed = Texts.key(titleElement) + " " + declared.map(d -> Texts.key(d.value())).orElse("");
    for (Element h1 : h1s) {
      String t = withoutKicker(h1);
      if (h1 != chosen && Texts.words(t) >= 2 && agreed.contains(Texts.key(t))) return t;
    }
    return text;
  }

  /** Words of a class or id that name a headline or a title ({@code entry-title}, {@code content__title}, {@code text_titel}). */
  private static final ClassWords TITLE_WORDS = new ClassWords("title titel headline titulo titre titolo", true);
  /** Words of a class or id that name a breadcrumb trail. */
  private static final ClassWords BREADCRUMB_WORDS = new ClassWords("breadcrumb breadcrumbs", true);

  /**
   * A headline found by its element's class or id, where the h1 does not give it; {@code stated} when another title
   * candidate says it word for word.
   */
  record Titled(String text, boolean stated) {}

  /**
   * The headline of a page whose h1 is missing, is the {@code <title>}'s site part ("Salsa-Figuren - Rueda in Berlin"
   * beside the {@code <title>} "Enchufla Figuren - Salsa-Figuren - Rueda in Berlin"), or is a breadcrumb trail's last
   * item (the page's name in the site's navigation): the first element (after the h1) whose class or id names a title
   * or headline ({@code page-title}, {@code content__title}; the innermost of nested ones) and whose text another
   * candidate states or holds at its start or after a kicker. It is {@code stated}, and wins outright, when it is a
   * part of the {@code <title>}; after a breadcrumb's h1 it must be what the h1 says without its kicker ("Covid-19: …"
   * beside the element's "…"), or be stated by a declared title where none states the h1 (and then wins outright).
   * Otherwise it stands for the h1 among the candidates. Empty where the h1 stands.
   *
   * @param elements the body's elements in document order
   */
  static Optional<Titled> titledHeadline(List<Element> elements, @Nullable Element h1, String h1Text, String titleElement,
      List<Sourced<String>> declared, Optional<String> siteName, Optional<String> host) {
    boolean inTrail = h1 != null && !h1Text.isEmpty() && inBreadcrumb(h1);
    boolean allSite = allNameTheSite(h1Text, titleElement, declared, siteName, host);
    if (h1 != null && !h1Text.isEmpty() && !inTrail && !isTitlesSiteTail(h1Text, titleElement) && !allSite) {
      return Optional.empty();
    }
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    String h1Key = Texts.key(h1Text);
    boolean h1Declared = false;
    for (Sourced<String> d : declared) h1Declared |= Texts.key(d.value()).equals(h1Key);
    boolean after = !inTrail;
    for (Element e : elements) {
      if (e == h1) {
        after = true;
        continue;
      }
      if (!after || !isTitled(e) || hasTitledChild(e)) continue;
      String text = withoutDatePrefix(Texts.normalise(e.text()));
      String key = Texts.key(text);
      if (key.isEmpty() || text.length() > 250 || key.equals(h1Key) || namesSite(text, siteName, host)) continue;
      // A logo's "title" that is the <title>'s shorter part ("… - Cape Argus") is the site's name.
      if (parts.length >= 2 && isMinorPart(parts, text)) continue;
      boolean stated = false;
      boolean held = false;
      for (String part : parts) stated |= Texts.key(part).equals(key);
      held |= Texts.words(text) >= 3 && Texts.key(titleElement).startsWith(key);
      boolean declaredStates = false;
      for (Sourced<String> d : declared) {
        String k = Texts.key(d.value());
        declaredStates |= k.equals(key);
        held |= Texts.words(text) >= 3 && (k.startsWith(key) || k.endsWith(key));
      }
      boolean trailYields = declaredStates && !h1Declared;
      if (inTrail && !(Texts.words(text) >= 3 && h1Key.endsWith(key) || trailYields)) continue;
      if (stated || held || declaredStates) return Optional.of(new Titled(text, stated || inTrail && trailYields));
      // Where every candidate is the site's name, the page's own headline element has nothing to agree with.
      if (allSite && Texts.words(text) >= 2 && Texts.words(text) <= 20 && e.closest("a") == null
          && e.getElementsByTag("a").isEmpty()) {
        return Optional.of(new Titled(text, false));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the h1 (if any), the first declared title and every part of the {@code <title>} all name the site ("ICON
   * Magazine" beside the {@code <title>} "ICON • ICON Magazine"): a page whose title candidates say nothing of its headline.
   */
  private static boolean allNameTheSite(String h1Text, String titleElement, List<Sourced<String>> declared,
      Optional<String> siteName, Optional<String> host) {
    if (!h1Text.isEmpty() && !namesSite(h1Text, siteName, host) || h1Text.isEmpty() && declared.isEmpty()) return false;
    if (!declared.isEmpty() && !namesSite(declared.get(0).value(), siteName, host)) return false;
    for (String part : TITLE_SEPARATOR.split(titleElement)) if (!part.isBlank() && !namesSite(part, siteName, host)) return false;
    return true;
  }

  /** Whether an element's class or id names a title or headline. */
  private static boolean isTitled(Element e) {
    return TITLE_WORDS.test(e.className() + " " + e.id());
  }

  /** Whether an element holds another whose class or id names a title, with text: the inner one is the headline. */
  private static boolean hasTitledChild(Element e) {
    for (Element d : e.getAllElements()) if (d != e && d.hasText() && isTitled(d)) return true;
    return false;
  }

  /** Whether an element is in a breadcrumb trail: a box whose class or id names one, or a schema.org {@code BreadcrumbList}. */
  private static boolean inBreadcrumb(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (BREADCRUMB_WORDS.test(p.className() + " " + p.id()) || p.attr("itemtype").endsWith("BreadcrumbList")) return true;
    }
    return false;
  }

  /** Whether the text is the {@code <title>}'s last parts, after a first part that says something else (the site's name after the headline). */
  private static boolean isTitlesSiteTail(String text, String titleElement) {
    String[] parts = TITLE_SEPARATOR.split(titleElement);
    String key = Texts.key(text);
    String tail = "";
    for (int i = parts.length - 1; i >= 1 && tail.length() < key.length(); i--) {
      tail = Texts.key(parts[i]) + tail;
      if (tail.equals(key)) return true;
    }
    return false;
  }

  private static final Pattern KICKER = Pattern.compile("(?i)(kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|"
      + "surtitre|antetitulo|occhiello|small)");

  private static final Pattern PILCROW = Pattern.compile("\\s*¶$");

  /**
   * A headline element's text without the kicker that leads it: a first {@code small} element or one whose
   * class names a kicker, before more text ({@code <h1><small>Einheit der Woche</small><br>Lagen-Pyramide</h1>}).
   */
  static String withoutKicker(Element h1) {
    // The pilcrow a documentation generator links each heading to itself with ("Evolve: Shared Mutable History¶").
    String text = PILCROW.matcher(Texts.normalise(h1.text())).replaceFirst("");
    Optional<String> marked = markedHeadline(h1, text);
    if (marked.isPresent()) return marked.get();
    Element first = h1.firstElementChild();
    while (first != null && first.childrenSize() > 0 && Texts.key(first.text()).equals(Texts.key(text))) {
      first = first.firstElementChild();
    }
    if (first == null || !(first.normalName().equals("small") || KICKER.matcher(first.className()).find())) return text;
    String kicker = Texts.normalise(first.text());
    if (kicker.isEmpty() || !text.startsWith(kicker) || Texts.words(text) - Texts.words(kicker) < 2) return text;
    return text.substring(kicker.length()).replaceFirst("^[\\s:|–—-]+", "");
  }

  /**
   * The text of an element inside the headline element whose class or id names a headline or title, when it ends
   * the headline element's text after something else, two words at least: the kicker before it is not the headline
   * ({@code <h1><span class=topic>Strompreisbremse</span>: <span class=headline>Bundesregierung drosselt …</span></h1>}).
   */
  private static Optional<String> markedHeadline(Element h1, String text) {
    for (Element e : h1.getAllElements()) {
      if (e == h1 || !isTitled(e)) continue;
      String inner = Texts.normalise(e.text());
      if (Texts.words(inner) >= 2 && inner.length() < text.length() && text.endsWith(inner)) return Optional.of(inner);
    }
    return Optional.empty();
  }

  /** Whether {@code text} is one of the title's parts but not its longest one (a site's or a section's name). */
  private static boolean isMinorPart(String[] parts, String text) {
    String key = Texts.key(text);
    int longest = 0;
    for (int i = 1; i < parts.length; i++) if (parts[i].length() > parts[longest].length()) longest = i;
    for (int i = 0; i < parts.length; i++) if (i != longest && Texts.key(parts[i]).equals(key)) return true;
    return false;
  }

  private static String clean(String title, String h1, Optional<String> siteName, Optional<String> host) {
    String t = withoutDatePrefix(title);
    if (siteName.isPresent()) {
      // A site's name that has a separator of its own ("AOC media - Analyse Opinion Critique").
      String name = siteName.get().strip();
      int at = t.length() - name.length();
      if (at > 0 && Texts.words(name) >= 2 && t.regionMatches(true, at, name, 0, name.length())
          && SEPARATOR_AFTER_TEXT.matcher(t.substring(0, at)).matches()) {
        String head = SEPARATORS_AT_END.matcher(t.substring(0, at)).replaceAll("");
        if (Texts.words(head) >= 2) return head;
      }
      String[] parts = TITLE_SEPARATOR.split(t);
      String site = Texts.key(siteName.get());
      if (parts.length >= 2 && !site.isEmpty()) {
        if (Texts.key(parts[parts.length - 1]).equals(site)) {
          return withoutSiteSuffix(SEPARATORS_AT_END.matcher(t.substring(0, t.length() - parts[parts.length - 1].length())).replaceAll(""), h1);
        }
        if (Texts.key(parts[0]).equals(site)) {
          return SEPARATOR_AT_START.matcher(t.substring(parts[0].length())).replaceFirst("").strip();
        }
      }
    }
    return withoutSiteSuffix(t, h1, siteName, host);
  }

  /**
   * The title without its first or last part when that part, and not the other end, names the host
   * ("Maria Schneider's Notebook | Why I Moved My Builds …" on {@code mariaschneider.example}); empty when neither or both do.
   */
  private static Optional<String> withoutHostPart(String title, String[] parts, Optional<String> host) {
    if (host.isEmpty() || parts.length < 2) return Optional.empty();
    String first = parts[0];
    String last = parts[parts.length - 1];
    boolean firstNamed = sameName(first, host.get());
    boolean lastNamed = sameName(last, host.get());
    if (firstNamed == lastNamed) return Optional.empty();
    String rest = firstNamed ? title.substring(first.length()) : title.substring(0, title.length() - last.length());
    rest = SEPARATORS_AROUND.matcher(rest).replaceAll("");
    if (firstNamed) rest = withoutSectionTrail(rest);
    return Texts.words(rest) >= 1 ? Optional.of(rest) : Optional.empty();
  }

  /**
   * A title that followed the site's name without the sections that follow its headline, as content management
   * systems print "Site - Headline - Section - Module" ("… stellt Weichen für die Zukunft - Vereinsnachrichten - News"):
   * a headline of four words at least followed by parts of one or two words each.
   */
  private static String withoutSectionTrail(String rest) {
    String[] parts = TITLE_SEPARATOR.split(rest);
    if (parts.length < 2 || Texts.words(parts[0]) < 4) return rest;
    for (int i = 1; i < parts.length; i++) if (Texts.words(parts[i]) > 2) return rest;
    return parts[0].strip();
  }

  private static final Pattern DOMAIN_ENDING = Pattern.compile("(?i)\\.(de|com|org|net|at|ch|fr|es|it|info|eu|co\\.uk)\\b");

  /** Whether a title's part names the site: one's letters hold the other's ("Battery-News.de", "Battery News"). */
  private static boolean sameName(String part, String siteName) {
    String p = Texts.key(DOMAIN_ENDING.matcher(asciiLetters(part)).replaceAll(""));
    String n = Texts.key(DOMAIN_ENDING.matcher(asciiLetters(siteName)).replaceAll(""));
    return !p.isEmpty() && !n.isEmpty() && (p.contains(n) || n.contains(p) && p.length() >= 4);
  }

  /** A name spelled as a host name spells it: umlauts as two letters, other accents left out ("Ökologisch" → "Oekologisch"). */
  private static String asciiLetters(String name) {
    String t = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
        .replace("Ü", "Ue").replace("ß", "ss");
    return Texts.withoutMarks(t);
  }

  private static String withoutDatePrefix(String title) {
    String t = DATE_PREFIX.matcher(title).replaceFirst("");
    return t.isBlank() ? title : t;
  }

  private static final Pattern SEPARATOR_AT_END = Pattern.compile(TITLE_SEPARATORS.replace("\\s+$", "") + "$");
  private static final Pattern SEPARATORS_AT_END = Pattern.compile("[\\s|–—:»«·•/\\\\-]+$");
  private static final Pattern SEPARATORS_AROUND = Pattern.compile("^[\\s|–—:»«·•/\\\\-]+|[\\s|–—:»«·•/\\\\-]+$");
  private static final Pattern SEPARATOR_AT_START = Pattern.compile("^" + TITLE_SEPARATORS);
  /** Text that ends with a title separator, whatever it holds: what comes before a site's name of several words. */
  private static final Pattern SEPARATOR_AFTER_TEXT = Pattern.compile("(?s).*\\S" + TITLE_SEPARATORS.replace("\\s+$", "") + "$");
  private static final Pattern ENDS_ASKING = Pattern.compile(".*[?!…]$");

  /** "Headline | Site" without the site part, when the parts say which is which. */
  static String withoutSiteSuffix(String title, String h1) {
    return withoutSiteSuffix(title, h1, Optional.empty(), Optional.empty());
  }

  /**
   * Like the method above; a page that declares its site's name has a site part only where a part is
   * that name, so a title whose parts are not the site's name keeps them all ("… | Step-by-Step Guide"
   * beside the site "You Had Me At Gardening"). A headline element that holds the whole title keeps it too.
   */
  static String withoutSiteSuffix(String title, String h1, Optional<String> siteName, Optional<String> host) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) return title;
    if (!h1.isEmpty()) {
      for (String p : parts) if (Texts.key(p).equals(Texts.key(h1))) return p.strip();
      if (Texts.key(h1).contains(Texts.key(title))) return title;
    }
    if (siteName.isPresent() && !Texts.key(siteName.get()).isEmpty()) {
      boolean named = false;
      for (String p : parts) named |= sameName(p, siteName.get()) || host.filter(h -> sameName(p, h)).isPresent();
      if (!named) return title;
    }
    Optional<String> withoutHost = withoutHostPart(title, parts, host);
    if (withoutHost.isPresent()) return withoutHost.get();
    String last = parts[parts.length - 1];
    String head = SEPARATOR_AT_END.matcher(title.substring(0, title.length() - last.length())).replaceAll("");
    head = SEPARATORS_AT_END.matcher(head).replaceAll("");
    // A site's name is not a question or an exclamation ("… – so geht's!", "… – was ist günstiger?").
    boolean lastIsName = !ENDS_ASKING.matcher(last.strip()).matches();
    if (lastIsName && Texts.words(last) <= 4 && Texts.words(head) >= 3) return head.strip();
    // One pipe, the usual mark of a site's name: a shorter last part is the site's ("… | Bibliothek 2.0 und mehr").
    if (lastIsName && Texts.countChar(title, '|') == 1 && title.contains(" | " + last) && last.length() < head.length()
        && Texts.words(head) >= 3) {
      return head.strip();
    }
    return title;
  }
}
