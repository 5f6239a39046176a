package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.FieldSource;
import dev.newskit.html.internal.AsciiWords;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Chooses an article's authors: the first author list the page declares (in the metadata precedence)
 * once the publication itself and desks are taken out of it, else the byline printed near the
 * headline, else the first byline element of the pruned page ({@code class="author"}, {@code rel=author},
 * {@code itemprop=author}) that is not a teaser's, else the names every byline element of the whole page agrees
 * on. A publication is never credited as a person: a declared name that is the site's name, the {@code <title>}'s
 * site part or the host's name is dropped.
 */
final class AuthorChooser {
  private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(byline|author|autor|auteur|writer|reporter|journalist|verfasser)");
  private static final AsciiWords BYLINE_FRAGMENTS = AsciiWords.ofAlternation(BYLINE_CLASS);
  private static final int MAX_TEXT = 120;

  private AuthorChooser() {}

  static Optional<Sourced<List<Author>>> choose(List<Sourced<List<Author>>> declared, List<Author> printed,
      String publicationKeys, Optional<Element> body) {
    return choose(declared, printed, publicationKeys, body.map(Nodes::elementsOf).orElse(List.of()), () -> PageCredits.NONE,
        Optional::empty, UnaryOperator.identity());
  }

  /**
   * Like {@link #choose(List, List, String, Optional)}, given the pruned body's elements in document order, the body
   * first (its index's; empty without a body), with the byline elements of the whole page before pruning
   * ({@code wholePage}, asked for only when nothing else credits anyone) as the last resort before a desk, and the part
   * of a byline text that may name people ({@code namesPart}: none of a date, nothing after the names' date): the names
   * its byline elements agree on, else the name the post's author signs comments with; after a publication's own
   * credit, the personal site's owner that the page prints ({@code siteOwner}, {@link SiteOwner#printedName}, asked
   * for only then: it reads the whole page's text).
   */
  static Optional<Sourced<List<Author>>> choose(List<Sourced<List<Author>>> declared, List<Author> printed,
      String publicationKeys, List<Element> bodyElements, Supplier<PageCredits> wholePage,
      Supplier<Optional<String>> siteOwner, UnaryOperator<String> namesPart) {
    Optional<Element> body = bodyElements.isEmpty() ? Optional.empty() : Optional.of(bodyElements.get(0));
    boolean sawDesk = false;
    Optional<Sourced<List<Author>>> signedByPublication = Optional.empty();
    for (Sourced<List<Author>> offer : declared) {
      // A publication's name that a joiner split ("Jobs & Hire") is still the publication; a credit that names an agency
      // beside it ("AFP/The Courier") is a joint one.
      if (offer.value().size() > 1 && offer.value().stream().noneMatch(Authors::isAgency)
          && Authors.isPublication(String.join(" ", offer.value().stream().map(Author::name).toList()), publicationKeys)) {
        continue;
      }
      List<Author> people = new ArrayList<>();
      List<Author> publications = new ArrayList<>();
      for (Author a : offer.value()) {
        if (Authors.isPublication(a.name(), publicationKeys)) {
          publications.add(Authors.asPublication(a));
          if (signedByPublication.isEmpty()) {
            signedByPublication = Optional.of(new Sourced<>(List.of(Authors.asPublication(a)), offer.source()));
          }
          continue;
        }
        if (Authors.isDesk(a.name())) {
          sawDesk = true;
          continue;
        }
        people.add(Authors.withAgencyRole(a));
      }
      if (!people.isEmpty()) {
        List<Author> printedPeople = printed.isEmpty() && body.isPresent() ? inBylineElements(bodyElements, publicationKeys, namesPart)
            : printed.stream().filter(a -> !Authors.isPublication(a.name(), publicationKeys)).toList();
        if (printedSaysMore(people, printedPeople)
            || offer.source() == FieldSource.MICRODATA && printedNarrowsPageWideList(people, printedPeople)) {
          return Optional.of(new Sourced<>(printedPeople, FieldSource.VISIBLE_TEXT));
        }
        List<Author> spelledOut = body.map(b -> loginsSpelledOut(people, b)).orElse(List.of());
        if (!spelledOut.isEmpty()) return Optional.of(new Sourced<>(spelledOut, FieldSource.VISIBLE_TEXT));
        // A publication credited jointly with an agency ("AFP/The Local") co-signs the wire copy it edited.
        if (people.stream().allMatch(Authors::isAgency)) people.addAll(publications);
        return Optional.of(new Sourced<>(List.copyOf(people), offer.source()));
      }
    }
    // A printed byline loses the publication beside people ("Tom Watkins, CNN"); a byline that is only the
    // publication ("ynet") is still the credit the page prints, and beats a declared desk.
    List<Author> visible = printed.stream().filter(a -> !Authors.isPublication(a.name(), publicationKeys)).toList();
    if (visible.isEmpty()) visible = List.copyOf(printed);
    if (!visible.isEmpty()) return Optional.of(new Sourced<>(visible, FieldSource.VISIBLE_TEXT));
    if (body.isPresent()) {
      List<Author> found = inBylineElements(bodyElements, publicationKeys, namesPart);
      if (!found.isEmpty()) return Optional.of(new Sourced<>(found, FieldSource.VISIBLE_TEXT));
    }
    PageCredits page = wholePage.get();
    List<BylineText> pageBylines = page.bylines();
    List<Author> agreed = agreedOnByWholePage(bylines(pageBylines, publicationKeys, namesPart));
    if (!agreed.isEmpty()) return Optional.of(new Sourced<>(agreed, FieldSource.VISIBLE_TEXT));
    Optional<Author> commenting = postAuthorCommenting(page.postAuthorComments(), publicationKeys);
    if (commenting.isPresent()) return Optional.of(new Sourced<>(List.of(commenting.get()), FieldSource.VISIBLE_TEXT));
    // The publication declared as the author and no person credited anywhere: an organisation's own post or press
    // release ("Wikimedia Foundation", "Presse Augsburg"), credited as the publication it is, never as a person.
    if (signedByPublication.isPresent()) return signedByPublication;
    // A personal site's owner, whom the writer's Twitter handle or the site's address spells and the page names
    // ("Maria Schneider" at mariaschneider.example, "Maria Schneider's Notebook"), writes its posts.
    Optional<String> owner = siteOwner.get();
    if (owner.isPresent()) return Optional.of(new Sourced<>(List.of(Author.of(owner.get())), FieldSource.VISIBLE_TEXT));
    // Only a desk is credited ("Redaktion", "Staff"): it stays, as the page's own credit, with the role of the desk it is.
    if (sawDesk) {
      for (Sourced<List<Author>> offer : declared) {
        List<Author> desks = offer.value().stream().filter(a -> Authors.isDesk(a.name())).map(Authors::asDesk).toList();
        if (!desks.isEmpty()) return Optional.of(new Sourced<>(desks, offer.source()));
      }
    }
    // A desk that a byline element prints alone ("von Redaktion"): the page's own credit, as above.
    for (BylineText t : pageBylines) {
      Optional<Author> desk = Authors.deskAlone(t.text());
      if (desk.isPresent()) return Optional.of(new Sourced<>(List.of(desk.get()), FieldSource.VISIBLE_TEXT));
    }
    return Optional.empty();
  }

  /**
   * Whether the printed byline names the declared people better: it names each of them and more
   * ("von Rudolf Fischer, Simon Kohler" beside a declared "Rudolf Fischer"); or the declared names are all
   * lower-case logins ("sarah-indra") and the printed names are all full names, however many; or the declared names
   * are all logins or handles ("christian.stadtfeld", "gabor_munier", "Todd") that as many printed names spell out.
   */
  static boolean printedSaysMore(List<Author> declared, List<Author> printed) {
    if (printed.isEmpty()) return false;
    boolean allShown = declared.stream().allMatch(a -> printed.stream().anyMatch(p -> samePerson(a.name(), p.name())));
    if (allShown) return printed.size() > declared.size();
    boolean allLogins = declared.stream().allMatch(a -> !a.name().strip().contains(" "));
    boolean printedAreNames = printed.stream().allMatch(a -> a.name().strip().contains(" "));
    if (!allLogins || !printedAreNames) return false;
    // An account's login in lower case ("sarah-indra") is whoever posted the text; a byline printing full names
    // credits who wrote it.
    if (declared.stream().allMatch(a -> isLowerCaseLogin(a.name())) && printed.stream().allMatch(a -> Authors.isPersonShaped(a.name()))) {
      return true;
    }
    if (printed.size() != declared.size()) return false;
    // The login holds the printed name's first word, or the printed name holds the login's letters.
    for (int i = 0; i < declared.size(); i++) {
      String login = Texts.key(Texts.withoutMarks(declared.get(i).name()));
      String name = Texts.key(Texts.withoutMarks(printed.get(i).name()));
      String first = Texts.key(Texts.withoutMarks(printed.get(i).name().strip().split("\\s+")[0]));
      if (first.length() < 3 || !(login.startsWith(first) || name.startsWith(login))) return false;
    }
    return true;
  }

  /** A content-management login: two or more runs of lower-case letters joined by {@code .}, {@code -} or {@code _}. */
  private static final Pattern LOWER_CASE_LOGIN = Pattern.compile("\\p{Ll}+(?:[._-]\\p{Ll}+)+");

  private static boolean isLowerCaseLogin(String name) {
    return LOWER_CASE_LOGIN.matcher(name.strip()).matches();
  }

  /**
   * The declared logins as the page prints their names, or empty unless each is printed: "christian.stadtfeld" is
   * "Christian P. Stadtfeld" where the text names him with his login's words in order, capitalised (a middle initial
   * between them), and "Todd" is "Todd Bates" where an element holds that full name alone and no other full name
   * starts with "Todd".
   */
  static List<Author> loginsSpelledOut(List<Author> declared, Element page) {
    List<Author> out = new ArrayList<>();
    for (Author a : declared) {
      String login = a.name().strip();
      if (login.contains(" ")) return List.of();
      List<String> parts = List.of(login.split("[._-]+"));
      Optional<String> name = parts.size() >= 2 ? loginWordsPrinted(parts, page.text())
          : Character.isUpperCase(login.codePointAt(0)) ? fullNameAlone(login, page) : Optional.empty();
      if (name.isEmpty()) return List.of();
      out.add(new Author(name.get(), a.url(), a.role()));
    }
    return out;
  }

  /** The login's words printed in order as a name ("Christian P. Stadtfeld" for christian.stadtfeld), capitalised. */
  private static Optional<String> loginWordsPrinted(List<String> parts, String text) {
    StringBuilder regex = new StringBuilder("(?<!\\p{L})");
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (part.length() < 2 || !part.chars().allMatch(Character::isLetter)) return Optional.empty();
      if (i > 0) regex.append("\\s+(?:\\p{Lu}\\.\\s+)?");
      regex.append("(?iu:").append(Pattern.quote(part)).append(')');
    }
    regex.append("(?!\\p{L})");
    Matcher m = Pattern.compile(regex.toString()).matcher(text);
    while (m.find()) {
      String found = m.group();
      if (Authors.isPersonShaped(found.replaceAll("\\s\\p{Lu}\\.", ""))) return Optional.of(found);
    }
    return Optional.empty();
  }

  /** The one full name an element of the page holds alone that starts with the given first name ("Todd Bates"). */
  private static Optional<String> fullNameAlone(String first, Element page) {
    String found = null;
    for (Element e : page.getAllElements()) {
      if (!e.ownText().startsWith(first)) continue;
      String text = Texts.normalise(e.text());
      if (!text.startsWith(first + " ") || !Authors.isPersonShaped(text)) continue;
      if (found != null && !found.equals(text)) return Optional.empty();
      found = text;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether two credits name the same person: the same name, or the same family name with the same first initial
   * ("E. Barreneche" and "Eduardo Barreneche").
   */
  static boolean samePerson(String a, String b) {
    if (Texts.key(a).equals(Texts.key(b))) return true;
    String[] x = Texts.normalise(a).split(" ");
    String[] y = Texts.normalise(b).split(" ");
    if (x.length < 2 || y.length < 2 || !x[0].endsWith(".") && !y[0].endsWith(".")) return false;
    String familyX = Texts.key(Texts.withoutMarks(x[x.length - 1]));
    return familyX.length() >= 3 && familyX.equals(Texts.key(Texts.withoutMarks(y[y.length - 1])))
        && Character.toLowerCase(x[0].codePointAt(0)) == Character.toLowerCase(y[0].codePointAt(0));
  }

  /**
   * Whether the printed byline picks the article's people out of a list gathered from the whole page: microdata's
   * {@code itemprop=author} also marks the authors of the teasers beside the article, so a declared list that holds
   * every printed name and more is the page's, and the printed names are the article's.
   */
  static boolean printedNarrowsPageWideList(List<Author> declared, List<Author> printed) {
    if (printed.isEmpty() || printed.size() >= declared.size()) return false;
    List<String> listed = declared.stream().map(a -> Texts.key(a.name())).toList();
    return printed.stream().allMatch(a -> listed.contains(Texts.key(a.name())));
  }

  /**
   * The names in the first of {@code elements} (a body's, in document order) that says it is a byline
   * ({@link #bylineText}) and names people, among the first 50 bylines: read only as far as that
   * one, since most pages print their byline near the top.
   */
  static List<Author> inBylineElements(List<Element> elements, String publicationKeys, UnaryOperator<String> namesPart) {
    int texts = 0;
    for (Element e : elements) {
      Optional<String> text = bylineText(e);
      if (text.isEmpty()) continue;
      List<Byline> found = bylines(List.of(new BylineText(text.get())), publicationKeys, namesPart);
      if (!found.isEmpty()) return found.get(0).names();
      if (++texts >= MAX_BYLINES) break;
    }
    return List.of();
  }

  /**
   * The names every byline element of the whole page agrees on, read before pruning: an article's byline
   * that a page prints only beside its navigation or in a sidebar's author box ("von Juliane Ziegengeist"
   * between the previous and next story's links). Empty when two elements name different people (teasers'
   * bylines, comments), so nothing is taken from a page whose bylines disagree.
   */
  static List<Author> agreedOnByWholePage(List<Byline> bylines) {
    if (bylines.isEmpty()) return List.of();
    List<String> first = keys(bylines.get(0).names());
    for (Byline b : bylines) {
      if (!keys(b.names()).equals(first)) return List.of();
    }
    return bylines.get(0).names();
  }

  /** An element that says it is a byline, with the people it names (at least one). */
  record Byline(List<Author> names) {}

  /** The text of an element that says it is a byline, before its names are read. */
  record BylineText(String text) {}

  /**
   * What the whole page, read before pruning, credits: the texts of its byline elements and the names signed under
   * the comments that the content-management system marks as the post's author's own.
   */
  record PageCredits(List<BylineText> bylines, List<String> postAuthorComments) {
    static final PageCredits NONE = new PageCredits(List.of(), List.of());
  }

  /**
   * The class WordPress gives a comment written by the post's own author: the name that comment is signed with is
   * the author's display name, on blogs that print no byline.
   */
  private static final String POST_AUTHOR_COMMENT = "bypostauthor";

  /**
   * The post's author as the comments marked as theirs name them ("jancak"), or empty when there are none, when they
   * name different people, or when the name is a placeholder ("admin"), a desk or the publication.
   */
  static Optional<Author> postAuthorCommenting(List<String> signatures, String publicationKeys) {
    if (signatures.isEmpty()) return Optional.empty();
    String first = Texts.key(signatures.get(0));
    if (signatures.stream().anyMatch(s -> !Texts.key(s).equals(first))) return Optional.empty();
    return Authors.name(signatures.get(0))
        .filter(n -> !Authors.isDesk(n) && !Authors.isPublication(n, publicationKeys))
        .map(Author::of);
  }

  /**
   * The first text a comment's author name element ({@code class="fn"}, the hCard formatted name that comment
   * templates use) prints, without the badges after it ("Martina Berg" before "Autor"), or empty.
   */
  private static Optional<String> commentSignature(Element comment) {
    Element fn = comment.selectFirst(".fn");
    if (fn == null) return Optional.empty();
    return fn.nodeStream(TextNode.class).map(t -> Texts.normalise(t.text())).filter(t -> !t.isEmpty())
        .findFirst();
  }

  /** The most byline texts read from a page or a body. */
  private static final int MAX_BYLINES = 50;

  /**
   * The byline texts of the whole page ({@link #bylineText}, at most 50 in document order) and the
   * signatures of its post author's comments.
   */
  static PageCredits pageCredits(Element root) {
    List<BylineText> out = new ArrayList<>();
    List<String> signatures = new ArrayList<>();
    // Visited in place rather than gathered into a list first: the whole page's elements are many, its bylines few.
    Nodes.forEachElement(root, (e, depth) -> {
      if (e.attributesSize() == 0) return;
      if (e.hasClass(POST_AUTHOR_COMMENT)) commentSignature(e).ifPresent(signatures::add);
      if (out.size() >= MAX_BYLINES) return;
      bylineText(e).ifPresent(t -> out.add(new BylineText(t)));
    });
    return new PageCredits(List.copyOf(out), List.copyOf(signatures));
  }

  /**
   * The text of {@code e} when it is a short element whose class, id, {@code rel} or {@code itemprop} says it is a
   * byline, or the writer's name when it is a row of a credits block ({@link CreditRows}); empty for other elements and
   * for comments' and teasers' bylines.
   */
  private static Optional<String> bylineText(Element e) {
    if (e.attributesSize() == 0) return Optional.empty();
    String className = e.className();
    String id = e.id();
    Optional<String> credited = CreditRows.writer(e, className, id);
    if (credited.isPresent()) return inComment(e) ? Optional.empty() : credited;
    // No byline word holds a space, so each attribute is matched alone, without joining them.
    if (!(BYLINE_FRAGMENTS.in(className) || BYLINE_FRAGMENTS.in(id) || BYLINE_FRAGMENTS.in(e.attr("rel"))
        || BYLINE_FRAGMENTS.in(e.attr("itemprop")))) return Optional.empty();
    if (e.normalName().equals("img") || e.normalName().equals("meta") || e.normalName().equals("link")) return Optional.empty();
    String text = Texts.normalise(e.text());
    if (text.isEmpty() || text.length() > MAX_TEXT || Vocabulary.isBoilerplateLine(text)) return Optional.empty();
    if (inComment(e) || inTeaserLink(e, text) || inImageCredit(e)) return Optional.empty();
    return Optional.of(text);
  }

  /**
   * The byline texts that name people, with their names (the publication and desks left out), read from the part of
   * each that may name them ({@code namesPart}: "il y a 2 heures" in a byline box names nobody).
   */
  static List<Byline> bylines(List<BylineText> texts, String publicationKeys, UnaryOperator<String> namesPart) {
    List<Byline> out = new ArrayList<>();
    for (BylineText t : texts) {
      String part = namesPart.apply(t.text());
      if (part.isBlank()) continue;
      List<Author> credits = Authors.fromByline(part);
      List<Author> names = new ArrayList<>(credits.stream()
          .filter(a -> !Authors.isPublication(a.name(), publicationKeys) && !Authors.isDesk(a.name())).toList());
      if (!names.isEmpty() && names.stream().allMatch(Authors::isAgency)) {
        // A publication credited jointly with an agency ("AFP/The Local") co-signs the wire copy it edited.
        credits.stream().filter(a -> Authors.isPublication(a.name(), publicationKeys)).map(Authors::asPublication).forEach(names::add);
      }
      if (!names.isEmpty()) out.add(new Byline(List.copyOf(names)));
    }
    return out;
  }

  /**
   * Whether the element is the byline of a teaser: inside a link that holds more than the byline (a headline, a
   * summary), which leads to another story. An author's own link ({@code <a href="/autor/…">Jane Doe</a>}) holds
   * only the name.
   */
  private static boolean inTeaserLink(Element e, String text) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("a")) return Texts.normalise(a.text()).length() > text.length() + 20;
    }
    return false;
  }

  /** Class and id words of the box that credits a picture's maker and licence ({@code license-info}, {@code copyright}). */
  private static final ClassWords IMAGE_CREDIT = new ClassWords("license licence lizenz copyright");

  /**
   * How many boxes above an element a picture's credit box may be (the name's link, its span, the box): a wrapper
   * further up whose class says licence or copyright is the page's, not a picture's.
   */
  private static final int IMAGE_CREDIT_LEVELS = 4;

  /**
   * Whether the element credits a picture rather than the article: inside a caption ({@code figcaption}) or a box
   * a few levels up whose class or id says licence or copyright ("Peter Kowalski" as {@code <span class=author-name>}
   * beside a photo's Creative Commons badge). The walk stops at the article itself.
   */
  static boolean inImageCredit(Element e) {
    int level = 0;
    for (Element a = e; a != null && !Vocabulary.isArticleLevel(a); a = a.parent(), level++) {
      if (a.normalName().equals("figcaption")) return true;
      if (level <= IMAGE_CREDIT_LEVELS && a.attributesSize() > 0
          && (IMAGE_CREDIT.test(a.className()) || IMAGE_CREDIT.test(a.id()))) return true;
    }
    return false;
  }

  /** Whether the element is a reader's comment or inside one (its class or id says "comment"). */
  private static boolean inComment(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.attributesSize() > 0 && (a.className().toLowerCase(Locale.ROOT).contains("comment")
          || a.id().toLowerCase(Locale.ROOT).contains("comment"))) return true;
    }
    return false;
  }

  private static List<String> keys(List<Author> names) {
    return names.stream().map(a -> Texts.key(a.name())).sorted().toList();
  }

  /**
   * Whether a part of the {@code <title>} is where pages print the author rather than the site: a byline ("… | by
   * Jane Doe | Medium"), or a part between the headline and the site's name ("Headline | Jane Doe | Environment | The
   * Paper"); the site's name is the first or the last part.
   */
  private static boolean namesAnAuthor(String[] parts, int i) {
    return Vocabulary.afterAuthorPrefix(parts[i]).isPresent() || (parts.length >= 3 && i > 0 && i < parts.length - 1);
  }

  /**
   * Whether a part of the {@code <title>} is the headline, or the headline with more words: "Mandarinen-Schmand-Kuchen
   * von jesusfreak" beside the headline "Mandarinen-Schmand-Kuchen" names the author, not the site.
   */
  private static boolean holdsHeadline(String part, String title) {
    String key = Texts.key(title == null ? "" : title);
    String p = Texts.key(part);
    return p.equals(key) || (key.length() >= 10 && p.contains(key));
  }

  /**
   * The keys a publication goes by: its declared name, the parts of the {@code <title>} other than the
   * headline, and the host's name without its top-level domain ({@code badische-zeitung.de} → badischezeitung).
   */
  static String publicationKeys(Optional<String> siteName, String titleElement, String title, Optional<String> url) {
    StringBuilder keys = new StringBuilder();
    siteName.ifPresent(n -> keys.append(Texts.key(n)).append(' '));
    String[] parts = TitleChooser.TITLE_SEPARATOR.split(titleElement);
    if (parts.length >= 2) {
      for (int i = 0; i < parts.length; i++) {
        if (!holdsHeadline(parts[i], title) && !namesAnAuthor(parts, i)) keys.append(Texts.key(parts[i])).append(' ');
      }
    }
    url.flatMap(Urls::siteHostName).ifPresent(host -> keys.append(Texts.key(host)).append(' '));
    return keys.toString();
  }
}
