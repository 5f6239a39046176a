package dev.newskit.html;

import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The owner of a personal site, who writes its posts: a person's name that the page prints ("Copyright (c) 2012- Maria
 * Schneider") and that the writer's Twitter handle ({@code twitter:creator} "@TomasNovak") spells, or the site's address
 * when a title names the site as that person's ({@code mariaschneider.example}, "Maria Schneider's Notebook"). A name the
 * address spells alone is no evidence: brands ("City Beacon", "Brisbane Post") are named so too.
 */
final class SiteOwner {
  /** The fewest letters a spelling needs: shorter hosts and handles ("ap", "zeit") are no one's full name. */
  private static final int MIN_LETTERS = 6;
  /** Capitalised words in a row, where a person's name is looked for. */
  private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}'’-]*)+");

  /** The spaces between the words of a capitalised run. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SiteOwner() {}

  /**
   * The letters (lower case, without marks) of the names that say who owns the site: the {@code twitter:creator} handle
   * among the page's {@code metas} (as {@link PageIndex} gathers them; the writer's own account, unlike
   * {@code twitter:site}), and a label of the address's host that a
   * {@code <title>} part names as the owner of the site ("Maria Schneider's Notebook" at {@code mariaschneider.example}).
   * A handle that the declared site name holds is the publication's account; a host label only when it is the whole
   * site name, since blog engines declare the possessive title itself as the site's name.
   */
  static Set<String> spellings(Optional<String> url, List<Element> metas, Optional<String> siteName, String titleElement) {
    Set<String> out = new LinkedHashSet<>();
    String site = siteName.map(SiteOwner::letters).orElse("");
    for (Element meta : metas) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
      if (name.equalsIgnoreCase("twitter:creator")) {
        String handle = letters(meta.attr("content"));
        if (site.isEmpty() || !site.contains(handle)) add(out, handle);
      }
    }
    Set<String> possessors = new LinkedHashSet<>();
    for (String part : TitleChooser.TITLE_SEPARATOR.split(titleElement)) {
      Matcher m = POSSESSIVE.matcher(part.strip());
      if (m.lookingAt()) possessors.add(letters(m.group(1)));
    }
    url.flatMap(Urls::siteHostName).ifPresent(host -> {
      for (String label : host.split("\\.")) {
        String owner = letters(label);
        if (possessors.contains(owner) && !owner.equals(site)) add(out, owner);
      }
    });
    return out;
  }

  /** The owner's name at the start of a possessive phrase ("Maria Schneider" of "Maria Schneider's Notebook"). */
  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{Lu}[^'’]{2,60})['’]s\\s");

  private static void add(Set<String> out, String spelling) {
    String s = letters(spelling);
    if (s.length() >= MIN_LETTERS) out.add(s);
  }

  /** The letters of a text, lower case and without marks ("André Loibl" → andreloibl). */
  private static String letters(String text) {
    String key = Texts.key(Texts.withoutMarks(text));
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') out.append(c);
    }
    return out.toString();
  }

  /**
   * The first person's name (two to four capitalised words) that the text of {@code root} prints and one of the
   * {@code spellings} spells, or empty.
   */
  static Optional<String> printedName(Element root, Set<String> spellings) {
    if (spellings.isEmpty()) return Optional.empty();
    Matcher m = CAPITALISED_RUN.matcher(root.text());
    while (m.find()) {
      String[] words = SPACES.split(m.group());
      // A name's letters are its words' letters run together (a space is no letter and ends no word's case), so each
      // word is reduced once, not once for every name it is part of.
      String[] wordLetters = new String[words.length];
      for (int i = 0; i < words.length; i++) wordLetters[i] = letters(words[i]);
      for (int from = 0; from < words.length; from++) {
        StringBuilder spelled = new StringBuilder(wordLetters[from]);
        for (int to = from + 2; to <= Math.min(words.length, from + 4); to++) {
          spelled.append(wordLetters[to - 1]);
          if (!spellings.contains(spelled.toString())) continue;
          String name = String.join(" ", Arrays.copyOfRange(words, from, to));
          if (Authors.isPersonShaped(name)) return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
