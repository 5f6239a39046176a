package dev.newskit.html;

import dev.newskit.html.internal.AsciiWords;
import dev.newskit.html.internal.Texts;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The multilingual words by which news pages mark their parts: boilerplate (share, tags, newsletter,
 * comments, most read, related), genre lines (kickers), and author prefixes, in English, Hebrew and
 * Arabic (and a few more). Generic vocabulary only: no site's class names.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Class and id fragments of the article itself. */
  private static final Pattern POSITIVE_CLASS = Pattern.compile(
      "(?i)(article|body|content|entry|main|page|post|text|story|blog|hentry|prose|paragraph|detail)");

  /** Class fragments of a byline or author element. */
  private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)(byline|author|writer|reporter|journalist|kotev|katav)");

  /** {@link #AUTHOR_CLASS}'s words, looked for without running the pattern over the classes and ids of a line. */
  static final AsciiWords AUTHOR_FRAGMENTS = AsciiWords.ofAlternation(AUTHOR_CLASS);

  /** {@link #POSITIVE_CLASS}'s words, looked for without running the pattern over every class of every box. */
  static final AsciiWords POSITIVE_FRAGMENTS = AsciiWords.ofAlternation(POSITIVE_CLASS);

  /** Class fragments of a credit inside a figure caption. */
  private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)(credit|copyright|photographer|source|attribution)");

  /** {@link #CREDIT_CLASS}'s words, looked for without a pattern. */
  static final AsciiWords CREDIT_FRAGMENTS = AsciiWords.ofAlternation(CREDIT_CLASS);

  /** Headings and whole lines that introduce boilerplate boxes, by language. */
  private static final Set<String> BOILERPLATE_LINES = Set.of(
      // English
      "tags", "topics", "share", "share this", "share this article", "share on facebook", "share on twitter",
      "comments", "leave a comment", "leave a reply", "post a comment", "related", "related articles",
      "related stories", "read more", "read also", "more from", "most read", "most popular", "trending",
      "newsletter", "sign up", "subscribe", "advertisement", "you may also like", "recommended", "follow us",
      "cookies", "more stories", "also read", "latest news", "share your opinion", "related links",
      "related to this story", "related content", "related posts", "more headlines", "external links", "story tools",
      "browse issues", "subscribe now", "print this story", "e-mail this story", "email this story", "print this page",
      "bookmark with", "add your view", "add your comment", "what are these?", "see also", "more on this story",
      // German, Spanish, French, Italian, Portuguese, Dutch, Polish
      "ähnliche beiträge", "ähnliche artikel", "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel",
      "auch interessant", "teilen", "artikel teilen", "kommentare", "kommentar schreiben", "schlagwörter",
      "lea también", "leer más", "noticias relacionadas", "artículos relacionados", "valora esta noticia", "compartir",
      "comparte", "comentarios", "etiquetas", "te puede interesar", "lire aussi", "à lire aussi", "sur le même sujet",
      "articles similaires", "partager", "commentaires", "leggi anche", "articoli correlati", "condividi", "commenti",
      "leia também", "leia mais", "notícias relacionadas", "compartilhe", "lees ook", "gerelateerde artikelen",
      "delen", "czytaj także", "czytaj też", "zobacz także", "udostępnij",
      // "see also" labels that head a teaser link
      "lesen sie auch", "auch lesen", "weiterlesen", "zum weiterlesen", "mehr themen", "empfohlene beiträge",
      "weitere beiträge", "das könnte dich auch interessieren", "le puede interesar", "puedes ver", "mira", "ver también",
      "vous aimerez aussi", "à voir aussi", "dowiedz się więcej", "przeczytaj też", "przeczytaj także", "veja também",
      "you might also like", "you may also be interested in", "read next", "related reading", "more on this topic",
      // a story's neighbours, loading and rating widgets, advertisement labels
      "previous article", "next article", "previous post", "next post", "previous story", "next story",
      "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag", "artículo anterior",
      "artículo siguiente", "siguiente artículo", "article précédent", "article suivant", "loading...", "loading",
      "wird geladen", "wird geladen...", "lädt...", "cargando...", "chargement...", "like loading...",
      "gefällt mir wird geladen...", "me gusta cargando...", "j'aime chargement...", "j’aime chargement...", "was this article helpful?",
      "was this helpful?", "war der artikel nützlich?", "war dieser artikel hilfreich?", "möchten sie den artikel teilen?",
      "no ratings yet", "(no ratings yet)", "noch keine bewertungen", "(noch keine bewertungen)", "lust auf mehr?",
      "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "reklama",
      // Hebrew
      "תגים", "תגיות", "שתף", "שתפו", "שתף את דעתך", "תגובות", "הוסף תגובה", "כתבות נוספות", "עוד בנושא",
      "הכי נקראים", "הנקראים ביותר", "ניוזלטר", "הירשם", "הרשמה", "פרסומת", "קראו גם", "קרא עוד",
      "מומלצים", "מבזקים", "עקבו אחרינו", "חדשות אחרונות",
      // Arabic
      "وسوم", "الوسوم", "كلمات مفتاحية", "شارك", "شارك المقال", "تعليقات", "التعليقات", "أضف تعليق",
      "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "النشرة الإخبارية",
      "اشترك", "إعلان", "تابعنا", "أخبار ذات صلة");

  /** Phrases that mark a whole line as a sign-up or legal notice. */
  private static final List<String> BOILERPLATE_PHRASES = List.of(
      "terms of use", "privacy policy", "all rights reserved", "subscribe to our",
      "not responsible for the content of external",
      "found an error", "report an error", "report a correction", "already a subscriber", "please subscribe", "bereits abonnent",
      "schon abonnent", "ya eres suscriptor", "déjà abonné", "מצאתם טעות", "דווחו על טעות",
      "תנאי השימוש", "מדיניות פרטיות", "כל הזכויות שמורות", "הירשם לשירות", "לתיבת הדוא\"ל",
      "جميع الحقوق محفوظة", "سياسة الخصوصية", "شروط الاستخدام", "اشترك في");

  /** Genre lines that news pages print above or below a headline. */
  private static final Set<String> KICKERS = Set.of(
      "news analysis", "analysis", "opinion", "editorial", "commentary", "comment", "interview", "feature",
      "review", "exclusive", "explainer", "op-ed", "column", "investigation", "obituary", "breaking news",
      "ניתוח", "פרשנות", "דעה", "מאמר", "מאמר מערכת", "ראיון", "טור", "תחקיר", "סקירה", "בלעדי", "מבזק",
      "تحليل", "رأي", "مقال", "افتتاحية", "حوار", "مقابلة", "تقرير", "عاجل", "تحقيق");

  private static final Pattern AUTHOR_PREFIX = Pattern.compile(
      "^(?iu)(?:[-–—]{2,}\\s*)?(by|written by|posted by|published by|words by|text by|story by|author|authors|von|autor|autorin|autoren|"
          + "verfasst von|geschrieben von|ein beitrag von|text|texte|par|écrit par|publié par|por|escrito por|publicado por|"
          + "di|scritto da|a cura di|door|geschreven door|auteur|przez|napisał|napisała|av|af|kirjoittanut|"
          + "автор|авторы|текст(?=\\s*:)|корреспондент|نویسنده|خبرنگار|نوشته(?=\\s*:)|به قلم|"
          + "מאת|כתב|כתבה|מאת:|بقلم|كتب|كتبت|إعداد|بواسطة|redaktion(?=:))\\s*:?\\s+"
          // Chinese and Japanese labels are followed by a colon or a space ("作者：王伟", "记者 王伟", "文/王伟"), never by
          // the next word of a sentence ("记者会上", "作者认为").
          + "|^(?:本报记者|特约记者|记者|記者|作者|撰文|筆者)(?:\\s*[:：]\\s*|\\s+)(?=\\S)|^文\\s*[:：/／]\\s*");

  private static final Pattern DASHES_AROUND = Pattern.compile("^[-–—\\s]+|[-–—\\s]+$");

  /** Whether {@link #DASHES_AROUND} takes {@code c} off a line's ends: without one there, it leaves the line as it is. */
  private static boolean isDashOrSpace(char c) {
    return c == '-' || c == '–' || c == '—' || Texts.isRegexSpace(c);
  }

  static boolean isBoilerplateLine(String text) {
    // Normalising keeps every shown character, so a text with more than 302 of them stays too long for the
    // check below: most paragraphs are, and are answered without a copy.
    if (Texts.shownCharsExceed(text, 302)) return false;
    String n = Texts.normalise(text);
    // Longer than any listed line and than the phrase check's 300 (lower-casing never shortens a text;
    // the colon and the space before it are all that is stripped): not boilerplate, and not worth lower-casing.
    if (n.length() > 302) return false;
    String t = n.toLowerCase(Locale.ROOT);
    boolean colon = t.endsWith(":");
    if (colon) t = t.substring(0, t.length() - 1).strip();
    if (BOILERPLATE_LINES.contains(t)) return true;
    // An advertisement label between dashes ("- Anzeige -").
    if (!t.isEmpty() && t.length() < 30 && (isDashOrSpace(t.charAt(0)) || isDashOrSpace(t.charAt(t.length() - 1)))
        && BOILERPLATE_LINES.contains(DASHES_AROUND.matcher(t).replaceAll(""))) {
      return true;
    }
    if (colon && startsWithLabel(t)) return true;
    if (t.length() > 300) return false;
    for (String phrase : BOILERPLATE_PHRASES) if (t.contains(phrase)) return true;
    return t.contains("sign up for") && SIGN_UP_CALL.matcher(t).find();
  }

  /**
   * Whether {@code text} is a call to click that a page prints under or inside a story ("Click here for football text
   * alerts!", "Click HERE to enter the answer", "Click here to find out more..."): a line of at most 300 characters
   * that opens with "click here" and does not end as a statement does, with a full stop. An author's sentence that
   * points to a link ends as any sentence ("Click here for more information and tickets to the play.").
   */
  static boolean isClickHereCall(String text) {
    String t = text.strip();
    return t.length() <= 300 && t.regionMatches(true, 0, "click here", 0, 10)
        && (t.length() == 10 || !Character.isLetterOrDigit(t.charAt(10))) && !(t.endsWith(".") && !t.endsWith("..."));
  }

  /**
   * A blog post's meta row: a line that opens as the blog engine's "Posted by …", "Posted in …", "Filed under …" or
   * "This entry was posted in …" and carries a blog tool — a permalink, trackbacks or a comment count ("Posted by Dana at
   * 1:40 PM | Permalink | Comments (5) | TrackBack", "Posted in: Sports | Comments |", "Filed under Furniture | 1
   * comment").
   */
  private static final Pattern POST_META_ROW = Pattern.compile(
      "(?iu)^(?:posted|filed under|this entry was (?:posted|written|filed))\\b.{0,200}?(?:\\bpermalink\\b|\\btrack ?backs?\\b"
          + "|\\bcomments? ?\\(\\d+\\)|\\b(?:\\d+|no|one) comments?\\b|\\bcomments?\\s*(?:[|»·]|$)|\\bleave a comment\\b)");

  /**
   * The sentences a blog engine prints under a post: "Bookmark the permalink.", "Trackbacks are closed, but …", "You
   * can follow any responses to this entry through the RSS 2.0 feed.", and over its trackbacks "TrackBack URL for this
   * entry: …", "Listed below are links to weblogs that reference …:" or the bare "TrackBack (0)" tool.
   */
  private static final Pattern BLOG_TOOL_SENTENCE = Pattern.compile(
      "(?iu)\\bbookmark the permalink\\b|^trackbacks are closed\\b|\\bfollow any responses to this entry\\b"
          + "|^trackback url for this (?:entry|post)\\b|^listed below are links to (?:weblogs|blogs|sites) that reference\\b"
          + "|^track ?backs?(?:\\s*\\(\\d+\\))?:?$");

  /**
   * Whether {@code text}, a line of at most 250 characters, is a blog post's meta row ({@link #POST_META_ROW}) that does
   * not end as a sentence does, or holds one of {@link #BLOG_TOOL_SENTENCE}. A sentence of the story that opens with
   * "Posted" ("Posted on the notice board, the letter drew no comments from the council.") ends with its full stop.
   */
  static boolean isPostMetaRow(String text) {
    String t = text.strip();
    if (t.length() > 250 || t.isEmpty()) return false;
    // Both patterns are run only where they can match, judged without a scan of every position (this runs for every
    // line of every body): no letter outside ASCII folds to p, f, t, e, r, m, a, o, l or w, only to i, k and s.
    char first = Texts.asciiLower(t.charAt(0));
    boolean trackbackList = first == 'l' && t.regionMatches(true, 0, "listed below", 0, 12);
    if ((first == 't' || trackbackList || BLOG_TOOL_FRAGMENTS.in(t)) && BLOG_TOOL_SENTENCE.matcher(t).find()) return true;
    char last = t.charAt(t.length() - 1);
    return last != '.' && last != '!' && last != '?' && (first == 'p' || first == 'f' || first == 't')
        && POST_META_ROW.matcher(t).find();
  }

  /**
   * Words that {@link #BLOG_TOOL_SENTENCE} matches inside a line (not at its start): "perma" of "the permalink",
   * "follow" of "follow any responses"; a line with neither cannot match it but at its start.
   */
  private static final AsciiWords BLOG_TOOL_FRAGMENTS = AsciiWords.ofAlternation(Pattern.compile("(?i)(perma|follow)"));

  /**
   * "Sign up for" as a call to the reader: opening the line or a sentence of it ("Sign up for alerts", "… today. Sign up
   * for …", "(Sign up for …)", "Don't miss out - sign up for …"), after a word that asks ("Please sign up for", "Click
   * here to", "Don't forget to", "Be sure to"), after a purpose clause that opens the line ("To receive it by e-mail,
   * sign up for …"), or for the site's own offer ("sign up for our newsletter"). A sentence that tells of signing up
   * ("Why should one sign up for it rather than …", "Residents who, like Mr Smith, sign up for the scheme", "She said:
   * sign up for the army") is the article's.
   */
  private static final Pattern SIGN_UP_CALL = Pattern.compile(
      "(?:^|[.!?|»>•·–—(]\\s*|\\s-\\s+|\\b(?:please|here to|click to|tap to|forget to|sure to)\\s+|^to [^.!?,]{1,80},\\s*)"
          + "sign up for\\b|\\bsign up for (?:our|my)\\b");

  /**
   * The words of a row of page tools ("Email to a friend", "Printer friendly version", "Font size: + -", "Digg |
   * Facebook | E-mail | Print"), in English; {@link #PAGE_TOOL_ACTIONS} are those that name a tool.
   */
  private static final Set<String> PAGE_TOOL_WORDS = Set.of(
      "print", "printer", "printable", "friendly", "version", "email", "e", "mail", "send", "share", "this", "article",
      "story", "page", "to", "a", "your", "friend", "font", "size", "text", "subscribe", "rss", "feed", "save",
      "bookmark", "click", "photo", "enlarge", "view", "larger", "image", "post", "digg", "facebook", "twitter", "del",
      "icio", "us", "reddit", "newsvine", "nowpublic", "fark", "stumbleupon", "sponsored", "links", "reprints", "top",
      "back");

  private static final Set<String> PAGE_TOOL_ACTIONS = Set.of(
      "print", "printer", "printable", "email", "mail", "send", "share", "font", "subscribe", "rss", "bookmark",
      "enlarge", "digg", "facebook", "twitter", "icio", "reddit", "newsvine", "nowpublic", "fark", "stumbleupon",
      "sponsored", "reprints");

  private static final Pattern LETTER_RUNS = Pattern.compile("\\p{L}+");

  /**
   * Whether {@code text} is a short line made of nothing but page tools' names and no number: the print, e-mail,
   * share and font-size controls that pages print beside an article as text.
   */
  static boolean isPageToolsLine(String text) {
    if (text.length() > 60) return false;
    boolean action = false;
    for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return false;
    var words = LETTER_RUNS.matcher(text.toLowerCase(Locale.ROOT));
    boolean any = false;
    while (words.find()) {
      String w = words.group();
      if (!PAGE_TOOL_WORDS.contains(w)) return false;
      any = true;
      action |= PAGE_TOOL_ACTIONS.contains(w);
    }
    return any && action;
  }

  /** Words of a label over teasers of other stories ("More regional headlines", "Latest stories", "Weitere Artikel"). */
  private static final Pattern TEASER_LABEL = Pattern.compile(
      "(?iU)\\b(more|latest|related|recent|other|top|popular|headlines|stories|news|articles|weitere|mehr|más|"
          + "otras|autres|plus|altre|outras|עוד|מבזקים|المزيد|أخبار)\\b");

  /** Whether a short line names a box of other stories by one of {@link #TEASER_LABEL}'s words. */
  static boolean isTeaserLabel(String text) {
    return text.length() <= 50 && TEASER_LABEL.matcher(text).find();
  }

  /**
   * Whether a short label line (it ends with a colon) opens with one of the boilerplate lines, word for word ("Lesen
   * Sie auch die folgenden Beiträge:", "Weitere Beiträge aus der Kolumne:"): a label of what follows, worded longer.
   */
  private static boolean startsWithLabel(String t) {
    if (t.length() > 60) return false;
    for (int i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
      if (BOILERPLATE_LINES.contains(t.substring(0, i))) return true;
    }
    return false;
  }

  /**
   * Whether a short line is a "see also" label followed by what it points to ("Read more: …", "Lesen Sie auch: …",
   * "À lire aussi » …"): a teaser for another page, not the article's text.
   */
  static boolean isLabelledTeaser(String text) {
    if (text.length() > 300) return false;
    int end = -1;
    for (int i = 0, n = Math.min(text.length(), 45); i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '»' || c == '|') {
        end = i;
        break;
      }
    }
    return end > 0 && end < text.length() - 1 && isBoilerplateLine(text.substring(0, end));
  }

  /** The most characters a syndicated story's copyright notice ({@link #isWireNotice}) has. */
  static final int MAX_WIRE_NOTICE = 300;

  /**
   * The copyright notice of a syndicated story: a news agency or a source the story is "courtesy of" holds it
   * ("Copyright 2008 The Associated Press. All rights reserved.", "(© 2007 by UPI)", "© Reuters 2008", "Copyright (c)
   * Press Association Ltd. 2008", "Copyright 2008 Courtesy of The Sports Network."). Wire copy carries it as its last
   * line, part of the story as the agency sent it; never longer than {@link #MAX_WIRE_NOTICE}.
   */
  static boolean isWireNotice(String text) {
    if (text.length() > MAX_WIRE_NOTICE) return false;
    Matcher sign = COPYRIGHT_SIGN.matcher(text);
    if (!sign.lookingAt()) return false;
    // A year tells a notice from a picture's credit ("© Reuters"); the holder is the first part of what follows,
    // years and "by" left out.
    Matcher years = NOTICE_YEARS.matcher(text.substring(sign.end()));
    if (!years.find()) return false;
    String rest = years.replaceAll(",");
    String holder = NOTICE_PART.split(LEADING_SEPARATORS.matcher(rest).replaceFirst(""), 2)[0];
    holder = HOLDER_FORM.matcher(holder.strip()).replaceAll("").strip();
    return holder.toLowerCase(Locale.ROOT).startsWith("courtesy of ") || Authors.isNewsAgency(holder);
  }

  private static final Pattern COPYRIGHT_SIGN = Pattern.compile("(?iu)[(\\[]?\\s*(?:(?:©|\\(c\\)|copyright)\\s*)+");
  private static final Pattern NOTICE_YEARS = Pattern.compile("(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,\\-–]+");
  private static final Pattern NOTICE_PART = Pattern.compile("[.,;:()|]");
  private static final Pattern HOLDER_FORM = Pattern.compile("(?iu)^by\\s+|\\s+(?:ltd|limited|inc|llc|plc)$");

  /** The openings of {@link #CREDIT_LINE}, as pattern alternatives. */
  private static final List<String> CREDIT_OPENINGS = List.of("©", "\\(c\\)\\s", "copyright\\b", "fotos?\\s*:",
      "photos?\\s*(:|by\\b)", "photograph\\s*(:|by\\b)", "picture\\s*:", "image\\s*:", "bild\\s*:", "bildquelle\\b",
      "beitragsbild\\b", "credits?\\s*:", "crédito\\s*:", "créditos\\s*:", "crédit\\s*:", "zdjęcie\\s*:", "fot\\.\\s");
  /** A photo credit or copyright line printed on its own ("© Reuters", "Foto: …", "Photograph by …"). */
  private static final Pattern CREDIT_LINE =
      Pattern.compile("^(?iu)[(\\[]?\\s*(" + String.join("|", CREDIT_OPENINGS) + ")");
  /** The first characters of {@link #CREDIT_OPENINGS}. */
  private static final String CREDIT_FIRST_CHARS = firstChars(CREDIT_OPENINGS);

  static boolean isCreditLine(String text) {
    if (text.length() > 300) return false;
    if (mayOpenCreditLine(text) && CREDIT_LINE.matcher(text).find()) return text.length() < 160 || text.startsWith("©");
    return text.length() < 120 && text.indexOf('©') >= 0;
  }

  /**
   * Whether {@link #CREDIT_LINE} can match {@code text}, judged by the first character after the opening bracket and
   * spaces it allows, without running the pattern over every short paragraph: an ASCII character must start one of
   * its words; any other character (such as ©, or a letter that folds to an ASCII one) is left to the pattern.
   */
  private static boolean mayOpenCreditLine(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '(' || text.charAt(i) == '[')) i++;
    while (i < n && Texts.isRegexSpace(text.charAt(i))) i++;
    if (i == n) return false;
    char c = text.charAt(i);
    if (c >= 0x80) return true;
    return CREDIT_FIRST_CHARS.indexOf(Texts.asciiLower(c)) >= 0;
  }

  /**
   * Lines that open a page's comment section, by language; a count may stand before or after them. A blog's list of
   * trackbacks (the other blogs that answered the post) opens it too: it stands between the post and its comments.
   */
  private static final Set<String> COMMENT_SECTION_LINES = Set.of(
      "comments", "comment", "reader comments", "readers' comments", "readers comments", "your comments",
      "user comments", "post a comment", "post comment", "leave a comment", "leave a reply", "add a comment",
      "add your comment", "add comment", "write a comment", "have your say", "your say", "add your view",
      "reader views", "readers' views", "your views", "comment blog", "discuss this article", "join the discussion",
      "join the conversation", "no comments", "no comments yet", "no comments at the moment", "responses",
      "comments on this article", "comments on this story", "rate this article",
      "rate this story", "reader reactions", "readers' reactions",
      "trackback", "trackbacks", "pingbacks", "trackbacks and pingbacks", "trackbacks & pingbacks", "trackbacks/pingbacks",
      "kommentare", "kommentar schreiben", "leserkommentare", "comentarios", "deja un comentario", "comentar",
      "commentaires", "laisser un commentaire", "réagissez", "commenti", "lascia un commento", "comentários",
      "deixe um comentário", "reacties", "reageer", "komentarze", "skomentuj",
      "תגובות", "הוסף תגובה", "הוסיפו תגובה", "التعليقات", "تعليقات", "أضف تعليق", "اضف تعليق");
  private static final Pattern LINE_END_PUNCTUATION = Pattern.compile("\\s*(?::|\\.+|…)$");
  private static final Pattern COUNT_AROUND = Pattern.compile("^\\(?\\d+\\)?\\s+|\\s*\\(\\d+\\)$|\\s+\\d+$");

  /**
   * Whether {@code text} is the heading of a comment section ("Comments", "Have your say", "Reader views (5)",
   * "12 Comments"): what follows it on the page is readers' text, not the article's (boilerpipe's terminating
   * blocks).
   */
  static boolean isCommentSectionStart(String text) {
    if (text.length() > 40) return false;
    String lower = Texts.normalise(text).toLowerCase(Locale.ROOT);
    if (!mayStartCommentSectionLine(lower)) return false;
    // A closing colon, full stop or ellipsis ("No comments at the moment.", "Comments…") says nothing more.
    // Each pattern runs only on a line whose ends it can take off (most short lines of a body end with neither).
    char last = lower.charAt(lower.length() - 1);
    String t = last == ':' || last == '.' || last == '…' ? LINE_END_PUNCTUATION.matcher(lower).replaceAll("") : lower;
    if (COMMENT_SECTION_LINES.contains(t)) return true;
    return mayHaveCountAround(t) && COMMENT_SECTION_LINES.contains(COUNT_AROUND.matcher(t).replaceAll(""));
  }

  /** Whether {@link #COUNT_AROUND} can take a count off {@code t}: it starts with a digit or "(", or ends with one or ")". */
  private static boolean mayHaveCountAround(String t) {
    if (t.isEmpty()) return false;
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    return first == '(' || Texts.isAsciiDigit(first) || last == ')' || Texts.isAsciiDigit(last);
  }

  /**
   * Sentences that invite comments on the story or introduce readers' comments: the invitation ends the line, or a
   * question or exclamation ends it and at most a short sentence follows ("Send us your feedback!"); the sentence that
   * introduces readers' comments ends where they are named, and a note on them may follow. A word that goes on past
   * the story's noun ("post-election", "this report been") makes it an ordinary sentence.
   */
  private static final Pattern COMMENT_INVITATION = Pattern.compile(
      "(?iu)[•*\\-–\\s]*(?:(?:do you have|have|got|add|post|leave|share|send us)\\s+(?:a |an |your |any )?"
          + "(?:comments?|views?|feedback|say|thoughts|opinions?)\\s+(?:on|about|to)\\s+this\\s+"
          + "(?:story|article|post|page|item|report)(?![\\p{L}\\p{N}-])(?:\\s+(?:below|here))?"
          + "(?:\\s*[?!:.]?|\\s*[?!]\\s+(?:[^\\s.?!:]+\\s+){0,5}[^\\s.?!:]+\\s*[?!.:])"
          + "|the following are (?:comments|responses|reactions) from (?:the |our )?readers\\s*[.:](?:\\s.*)?)\\s*");

  /**
   * Whether {@code text} invites readers to comment on the story, or introduces their comments ("Do you have comments
   * on this story?", "Have a view on this story? Send us your feedback!", "The following are comments from the
   * readers."): worded as a sentence rather than a heading, it opens the comment section as {@link
   * #isCommentSectionStart}'s headings do, and what follows it is readers' text or the rules of the comment form.
   * The invitation is a short line of its own; a longer one is a sentence of the story that starts the same way.
   */
  static boolean isCommentInvitation(String text) {
    return text.length() <= 200 && mayOpenCommentInvitation(text) && COMMENT_INVITATION.matcher(text).matches()
        && (text.length() <= 100 || INTRODUCED_COMMENTS.matcher(text).lookingAt());
  }

  /**
   * Whether {@link #COMMENT_INVITATION} can match {@code text}, judged by the first character after the bullets, dashes
   * and spaces it allows, without running the pattern over every line of a body: it must start one of the pattern's
   * opening words, as itself or as the one letter outside ASCII that folds to one of theirs (the long s).
   */
  private static boolean mayOpenCommentInvitation(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (INVITATION_LEAD.indexOf(text.charAt(i)) >= 0 || Texts.isRegexSpace(text.charAt(i)))) i++;
    if (i == n) return false;
    char c = text.charAt(i);
    return c < 0x80 ? INVITATION_FIRST_CHARS.indexOf(Texts.asciiLower(c)) >= 0 : c == '\u017F';
  }

  /** The bullets and dashes {@link #COMMENT_INVITATION} allows before its words. */
  private static final String INVITATION_LEAD = "•*-–";

  /** The first letters of {@link #COMMENT_INVITATION}'s opening words (do, have, got, add, post, leave, share, send, the). */
  private static final String INVITATION_FIRST_CHARS = "dhgaplst";

  /** The opening of the sentence that introduces readers' comments, which may carry a note on them after it. */
  private static final Pattern INTRODUCED_COMMENTS = Pattern.compile("(?iu)[•*\\-–\\s]*the following are ");

  /**
   * Whether a normalised, lower-cased line can be one of {@link #COMMENT_SECTION_LINES} once its end punctuation and
   * count are taken off, judged by its first character without running the patterns over every short line: only a
   * count ("12 Comments", "(3) Reacties") is taken off its start, so any other first character must start a listed line.
   */
  private static boolean mayStartCommentSectionLine(String lower) {
    if (lower.isEmpty()) return false;
    char c = lower.charAt(0);
    return c == '(' || (c >= '0' && c <= '9') || COMMENT_SECTION_FIRST_CHARS.indexOf(c) >= 0;
  }

  /** The first characters of {@link #COMMENT_SECTION_LINES}. */
  private static final String COMMENT_SECTION_FIRST_CHARS = firstChars(COMMENT_SECTION_LINES);

  /**
   * The distinct first characters of lines or of pattern alternatives, lower-cased, for a filter that skips a pattern
   * when a text cannot start one of them; an alternative that opens with an escaped character counts that character.
   */
  static String firstChars(Collection<String> openings) {
    StringBuilder chars = new StringBuilder();
    for (String o : openings) {
      char c = Character.toLowerCase(o.charAt(0) == '\\' ? o.charAt(1) : o.charAt(0));
      if (chars.indexOf(String.valueOf(c)) < 0) chars.append(c);
    }
    return chars.toString();
  }

  static Optional<String> kicker(String text) {
    String t = Texts.normalise(text);
    return KICKERS.contains(t.toLowerCase(Locale.ROOT)) ? Optional.of(t) : Optional.empty();
  }

  /** The text after an author prefix ("By ", "מאת ", "بقلم "), or empty when there is none. */
  static Optional<String> afterAuthorPrefix(String text) {
    var m = AUTHOR_PREFIX.matcher(Texts.normalise(text));
    if (!m.find()) return Optional.empty();
    return Optional.of(Texts.normalise(text).substring(m.end()));
  }

  /** Class and id words that mark boilerplate even inside the article's own container, matched as whole words. */
  private static final ClassWords BOILERPLATE_WORDS = new ClassWords(
      "share sharing social related newsletter subscribe subscription comment comments tags tag-list taglist "
          + "promo advert ad ads sponsor sponsored outbrain taboola most-read mostread popular recommended cookie "
          + "breadcrumb breadcrumbs ticker read-more readmore more-stories signup author-bio author-box about-author "
          // A box of several teasers ("teasers", "teaser-list", "teaserBox") holds other stories; a lone "teaser"
          // may be the article's own lead, so only the plural and the box's names count.
          + "teasers teaser-list teaser-box");

  /**
   * The long, unambiguous boilerplate words also as parts of camelCase values ({@code relatedArticleRow},
   * {@code shareTools}); short ones ({@code ad} of {@code outerAd}) would match page wrappers.
   */
  private static final ClassWords CAMEL_BOILERPLATE_WORDS = new ClassWords(
      "share sharing social related newsletter comment comments recommended more-stories read-more", true);

  static boolean hasPositiveClass(Element e) {
    if (e.attributesSize() == 0) return false;
    String cls = classAndId(e);
    return !cls.isEmpty() && POSITIVE_FRAGMENTS.in(cls);
  }

  static boolean isBoilerplateBox(Element e) {
    return hasClassWord(e, BOILERPLATE_WORDS) && !isArticleLevel(e);
  }

  /**
   * Whether {@code e}, or a box around it below {@code stop}'s level, has a class or id that names a lead,
   * intro, summary or standfirst (in several languages' words).
   */
  static boolean isLead(Element e, org.jsoup.nodes.@Nullable Element stop) {
    int level = 0;
    for (Element a = e; a != null && level < 4; a = a.parent(), level++) {
      if (stop != null && ContentFinder.isInside(stop, a)) return false;
      if (hasClassWord(a, LEAD_WORDS)) return true;
    }
    return false;
  }

  /** Whether {@code e}'s own class or id names a lead, intro, summary or standfirst. */
  static boolean namesLead(Element e) {
    return hasClassWord(e, LEAD_WORDS);
  }

  private static final ClassWords LEAD_WORDS = new ClassWords(
      "lead lede intro introduction summary standfirst subheadline sub-headline subhead subtitle abstract excerpt deck dek teaser epigraph "
          + "vorspann bajada chapo chapeau entradilla sumario copete");

  /**
   * Whether a camelCase part of {@code e}'s class or id is a boilerplate word ({@code relatedArticleRow}); a
   * page's wrapper may be named so too ({@code documentContent__sharingContainer}), so callers ask only about
   * small parts of the body.
   */
  static boolean isCamelCaseBoilerplateBox(Element e) {
    return hasClassWord(e, CAMEL_BOILERPLATE_WORDS) && !isArticleLevel(e);
  }

  /**
   * Whether {@code e}'s class or id names a part of a recipe, its ingredients or its preparation
   * ({@code recipe-ingredients}, {@code ingredients-and-preparation}, {@code recipe-instructions}): a recipe site prints
   * them in boxes of their own beside the method's text, as lists and tables that score little. Bare {@code
   * instructions} is not one: a form's notes are named so too.
   */
  static boolean isRecipePart(Element e) {
    return hasClassWord(e, RECIPE_PART_WORDS);
  }

  private static final ClassWords RECIPE_PART_WORDS = new ClassWords(
      "ingredient ingredients preparation recipe-instructions recipe-method recipe-directions recipe-steps zutaten "
          + "zubereitung ingredientes preparacion ingredienti preparazione skladniki");

  /** Whether {@code e}'s class or id names a recipe ({@code recipe-card}, {@code wprm-recipe-container}, {@code rezept}). */
  static boolean namesRecipe(Element e) {
    return hasClassWord(e, RECIPE_WORDS);
  }

  private static final ClassWords RECIPE_WORDS = new ClassWords(
      "recipe recipes rezept rezepte receta recetas recette recettes ricetta ricette receita receitas przepis przepisy");

  /** Whether {@code e}'s class or id names an author's biography ({@code author-bio}, {@code about-author}). */
  static boolean isAuthorBio(Element e) {
    return hasClassWord(e, AUTHOR_BIO_WORDS) && !isArticleLevel(e);
  }

  /**
   * Whether {@code e} is a page's sidebar or footer: an {@code aside} or {@code footer}, or a box whose class or id
   * names one, that is not the article itself.
   */
  static boolean isPageMargin(Element e) {
    String tag = e.normalName();
    if (tag.equals("aside") || tag.equals("footer")) return true;
    if (e.attributesSize() == 0) return false;
    String cls = classAndId(e);
    if (cls.isEmpty() || !PAGE_MARGIN_WORDS.test(cls) || isArticleLevel(e)) return false;
    // The word must name the box itself ("sidebar-wrapper", "site-footer"), not a layout of boxes beside it
    // ("has-sidebar", "one-sidebar", "main-with-right-sidebar" on the main column).
    return PAGE_MARGIN_WORD.matcher(cls).find();
  }

  private static final ClassWords PAGE_MARGIN_WORDS = new ClassWords("sidebar footer");

  private static final Pattern PAGE_MARGIN_WORD = Pattern.compile(
      "(?i)(?<=^|\\s)(?:(?:site|page|blog|main|primary|secondary|left|right)[-_]+)?(?:sidebar|footer)(?=$|[\\s_\\d-])");

  private static final ClassWords AUTHOR_BIO_WORDS = new ClassWords("author-bio author-box about-author authorbio bio");

  /** Whether {@code e}'s class or id names a comment thread (and it is not the article element itself). */
  static boolean isCommentBox(Element e) {
    return hasClassWord(e, COMMENT_WORDS) && !isArticleLevel(e);
  }

  private static final ClassWords COMMENT_WORDS = new ClassWords("comment comments comment-list commentlist disqus replies");

  private static final ClassWords CAMEL_COMMENT_WORDS = new ClassWords("comment comments", true);

  /** Whether a camelCase part of {@code e}'s class or id names comments ({@code uplComment}). */
  static boolean isCamelCaseCommentBox(Element e) {
    return hasClassWord(e, CAMEL_COMMENT_WORDS) && !isArticleLevel(e);
  }

  static boolean hasNegativeClass(Element e) {
    return hasClassWord(e, NEGATIVE_WORDS) && !isArticleLevel(e);
  }

  /** Whether a class or id value holds a word of the negative vocabulary, whatever element it is on. */
  static boolean isNegativeClass(String classAndId) {
    return NEGATIVE_WORDS.test(classAndId);
  }

  /**
   * The negative vocabulary, once: class and id words of page parts that are not the article, matched as
   * whole words without a regular expression.
   */
  private static final ClassWords NEGATIVE_WORDS = new ClassWords(
      "comment comments share sharing social related recommend newsletter subscribe subscription signup footer "
          + "sidebar widget menu nav navbar navigation breadcrumb breadcrumbs ticker breaking tag tags tagcloud cookie "
          + "consent popular mostread most-read trending promo sponsor advert ad ads banner masthead outbrain taboola "
          + "disqus pagination pager toolbar modal popup print login search skip rating author-bio bio more-stories "
          + "read-more readmore also meta-nav site-header header-nav");

  /** Whether {@code e}'s class or id holds one of {@code words}. */
  private static boolean hasClassWord(Element e, ClassWords words) {
    if (e.attributesSize() == 0) return false;
    String cls = classAndId(e);
    return !cls.isEmpty() && words.test(cls);
  }

  /** The class and id of an element as one string; empty when it has neither. */
  static String classAndId(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (id.isEmpty()) return cls;
    return cls.isEmpty() ? id : cls + " " + id;
  }

  /** An element that is the article itself, even if a fragment of its class sounds negative. */
  static boolean isArticleLevel(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")
        || e.attr("itemprop").contains("articleBody");
  }
}
