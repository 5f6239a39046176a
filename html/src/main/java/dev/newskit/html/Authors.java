package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.html.internal.Texts;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns credited-author texts into {@link Author}s, rejecting what is not a name. */
final class Authors {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
  private static final Pattern SPACED_AMPERSAND_OR_SLASH = Pattern.compile("\\s+[&/]\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PUBLICATION_TAIL = Pattern.compile("(?i)[-\\s]*(redaktion|online|news|\\.de|\\.com|\\.at|\\.ch)$");
  private static final Pattern DATE_JOINER = Pattern.compile(
      "(?iu)[\\s,|·•–—-]*(\\b(am|on|le|el|il|op|den|der|at|um|à|às|a las|hace|vor|publié|published|veröffentlicht|updated))?"
          + "[\\s,|·•–—-]*$");
  /** Punctuation and spaces around a name, except opening and closing quotes and brackets (and a closing dot). */
  // The Arabic comma and semicolon (U+060C, U+061B) are no ASCII punctuation but end a name as "," does.
  private static final Pattern NAME_EDGES = Pattern.compile("^[\\p{Punct}\\s&&[^(\"'“‘]]+|[\\p{Punct}\\s،؛&&[^)\"'”’.]]+$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|،|؛|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\s+ו[-־]|\\s+و\\s)\\s*");
  /** Words of job titles and desks, which follow a name in bylines ("Jane Doe, Senior Correspondent"). */
  private static final Pattern ROLE = Pattern.compile("(?i)\\b(editor|correspondent|reporter|writer|staff|"
      + "technologist|contributor|columnist|producer|analyst|director|professor|project|news|photographer|"
      + "chief|senior|bureau|desk|agency|כתב|כתבת|עורך|עורכת|פרשן|פרשנית|מערכת|مراسل|محرر|مراسلة|وكالة)\\b");

  private Authors() {}

  /** The names in a byline text such as "By Jane Doe and John Roe" or "מאת רון כהן ודנה לוי". */
  static List<Author> fromByline(String text) {
    Optional<String> labelled = Vocabulary.afterAuthorPrefix(text).or(() -> labelledField(text));
    String t = withoutDate(labelled.orElse(Texts.normalise(text)));
    List<Author> out = new ArrayList<>();
    if (labelled.isPresent() && LOGIN.matcher(t).matches()) return List.of(Author.of(t));
    if (isInverted(t)) {
      name(t).map(Author::of).ifPresent(out::add); // "Jong, Michiel de": one name, family name first
      return out;
    }
    for (String part : people(SEPARATORS.split(helpersListed(t)))) {
      if (out.isEmpty() && isLowerCaseDesk(part)) continue;
      if (!out.isEmpty() && ROLE.matcher(part).find()) {
        // A job title after a name belongs to it; what follows is more of the title, not more people.
        Author last = out.remove(out.size() - 1);
        out.add(new Author(last.name(), last.url(), Optional.of(part.strip())));
        break;
      }
      Matcher described = DESCRIBED.matcher(part.strip());
      if (described.matches() && Texts.words(described.group(1)) >= 2 && Texts.words(described.group(2)) >= 2) {
        // "Eberhard Fuhr (Pressesprecher des EJW)": the words in brackets say who the person is.
        name(described.group(1)).filter(n -> out.stream().noneMatch(o -> o.name().equals(n)))
            .ifPresent(n -> out.add(new Author(n, Optional.empty(), Optional.of(described.group(2).strip()))));
        continue;
      }
      for (String credit : agencyApart(part)) {
        // After a name, a short lower-case word is what the separators left of a phrase, not a co-author.
        name(credit).filter(n -> out.isEmpty() || !isShortLowerCaseWord(n)).map(Authors::credit)
            .filter(a -> out.stream().noneMatch(o -> o.name().equals(a.name()))).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Two credits joined by a slash, unspaced or not, or by "with" ("AFP/The Local", "Le Monde avec AFP"). */
  private static final Pattern JOINT_CREDIT = Pattern.compile("(?iu)(.+?)(?:\\s*/\\s*|\\s+(?:with|avec|mit|con|com|met)\\s+)(.+)");

  /**
   * A joint credit of a news agency and another, the publication or a writer ("AFP/The Local", "Le Monde avec AFP"),
   * as its two credits, so that the agency gets its role; any other text as it is.
   */
  static List<String> agencyApart(String part) {
    Matcher m = JOINT_CREDIT.matcher(part.strip());
    if (m.matches() && (isNewsAgency(m.group(1)) || isNewsAgency(m.group(2)))) {
      // The line's later fields ("AFP/The Local - e-mail") are not part of the credit.
      return List.of(m.group(1).strip(), firstField(m.group(2)).strip());
    }
    return List.of(part);
  }

  /** Whether a credit is a news agency's. */
  static boolean isAgency(Author credit) {
    return credit.role().filter(NEWS_AGENCY_ROLE::equals).isPresent();
  }

  /**
   * Whether a credit is a desk's words in lower case ("news service reports" of "Staff and news service reports"):
   * a job or desk word and no capital letter, so no name.
   */
  private static boolean isLowerCaseDesk(String part) {
    return ROLE.matcher(part).find() && !SITE_NAME.matcher(part.strip()).matches()
        && part.codePoints().noneMatch(Character::isUpperCase) && part.codePoints().anyMatch(Character::isLowerCase);
  }

  /** A site's name written as its host name ("uncut-news.ch", "tech-news.com"), which a desk's words never are. */
  private static final Pattern SITE_NAME = Pattern.compile("(?iu)[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");

  /** Words that credit someone other than the author, glued before a name ("Revised Edition Edited by Adrian Parr"). */
  private static final Pattern OTHER_CREDIT = Pattern.compile("(?iu)\\b(edited|translated|illustrated|revised|compiled|"
      + "photographed|übersetzt|herausgegeben|traduit|traducido)\\s+(by|von|par|por)\\b");

  /** A name followed by a description in brackets, words of letters only: "Eberhard Fuhr (Pressesprecher des EJW)". */
  private static final Pattern DESCRIBED = Pattern.compile("([^()]+?)\\s*\\((\\p{L}+(?: \\p{L}+)+)\\)");

  /**
   * A login credited after an author label ("von freeman1984"): one word of letters ending in digits, which
   * {@link #name} refuses elsewhere because a digit mostly belongs to a date.
   */
  private static final Pattern LOGIN = Pattern.compile("\\p{L}[\\p{L}._-]{2,}\\d{1,4}");

  /** Co-authors a byline names in brackets after the first ("Martin Dupont (avec Anne Leroy et Paul Petit)"). */
  private static final Pattern BRACKETED_HELPERS = Pattern.compile("(?iu)\\s*\\((?:avec|with|mit|con|com|met)\\s+([^()]+)\\)");

  /** The byline with its bracketed co-authors as a list after the first name, so that each is split off as a person. */
  private static String helpersListed(String byline) {
    return BRACKETED_HELPERS.matcher(byline).replaceAll(", $1");
  }

  /** A bar, a middle dot or a dash between the fields of one line. */
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+");

  /** The first field of a line whose fields a bar, a middle dot or a dash separates ("05.02.2020" of "05.02.2020 - Redaktion: …"). */
  static String firstField(String line) {
    return fields(line)[0];
  }

  /** The fields of a line that a bar, a middle dot or a dash separates. */
  static String[] fields(String line) {
    return FIELD_SEPARATOR.split(Texts.normalise(line));
  }

  /**
   * The names after an author label in a later field of a line that starts with another one
   * ("Dezember 10, 2019 · von freeman1984" → "freeman1984"): without it the line's first word would be read as a name.
   */
  static Optional<String> labelledField(String line) {
    // A line without a bar, a middle dot or a dash has one field, so no later one: answered without splitting it.
    if (!hasFieldMark(line)) return Optional.empty();
    String[] fields = FIELD_SEPARATOR.split(Texts.normalise(line));
    for (int i = 1; i < fields.length; i++) {
      Optional<String> names = Vocabulary.afterAuthorPrefix(fields[i]);
      if (names.isPresent()) return names;
    }
    return Optional.empty();
  }

  /** Whether {@code line} holds one of the marks {@link #FIELD_SEPARATOR} needs between two fields. */
  private static boolean hasFieldMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '·' || c == '•' || c == '–' || c == '—' || c == '-') return true;
    }
    return false;
  }

  /** News agencies, which sign wire copy in their own name (matched as the whole credit). */
  private static final Pattern NEWS_AGENCY = Pattern.compile("(?iu)(reuters|thomson reuters|ap|the associated press|associated press|"
      + "afp|agence france-presse|dpa|deutsche presse-agentur|apa|sda|keystone-sda|kna|epd|ansa|efe|agencia efe|europa press|"
      + "jiji|jiji press|kyodo|kyodo news|xinhua|tass|upi|pa media|press association|anp|belga|ctk|čtk|pap|tt|ntb|"
      + "lusa|wafa|وفا|وكالة وفا|رويترز|فرانس برس|أ ف ب|سانا|قنا|وام|"
      // Wire copy credited to unnamed agencies ("Agencies", "Agenturen", "وكالات").
      + "agencies|agencias|agenturen|agences|agenzie|agências|وكالات)");

  /** Whether {@code name} is a news agency's ("The Associated Press", "Reuters", "UPI"). */
  static boolean isNewsAgency(String name) {
    return NEWS_AGENCY.matcher(name.strip()).matches();
  }

  /**
   * A credited name as an {@link Author}: a news agency gets the role {@value #NEWS_AGENCY_ROLE} and a desk the role
   * {@value #DESK_ROLE}, as neither is a person.
   */
  static Author credit(String name) {
    if (isNewsAgency(name)) return new Author(name, Optional.empty(), Optional.of(NEWS_AGENCY_ROLE));
    return isDesk(name) ? asDesk(Author.of(name)) : Author.of(name);
  }

  /** A declared credit with the role {@value #NEWS_AGENCY_ROLE} when it is a news agency's and states no other role. */
  static Author withAgencyRole(Author declared) {
    return declared.role().isEmpty() && isNewsAgency(declared.name())
        ? new Author(declared.name(), declared.url(), Optional.of(NEWS_AGENCY_ROLE)) : declared;
  }

  /** The role of a credit that names the publication itself, which signs its own post. */
  static final String PUBLICATION_ROLE = "publication";

  /** The role of a credit that names a desk ("Redaktion", "Staff", "Editorial"), the page's only credit: no person. */
  static final String DESK_ROLE = "desk";

  /** The credit as a desk's, with the role {@value #DESK_ROLE}. */
  static Author asDesk(Author credit) {
    return new Author(credit.name(), credit.url(), Optional.of(DESK_ROLE));
  }

  /** The credit as the publication's own, with the role {@value #PUBLICATION_ROLE}. */
  static Author asPublication(Author credit) {
    return new Author(credit.name(), credit.url(), Optional.of(PUBLICATION_ROLE));
  }

  /** The role of an agency's credit. */
  static final String NEWS_AGENCY_ROLE = "news agency";

  /**
   * The parts with an ampersand or a spaced slash between full names split ("Siddharth Prakash & Klaus Jacob", "E.
   * Barreneche / J. I. da Silva"); a name with a one-word side ("Mac & i", "Müller & Söhne", "stol.it / Suedtirol
   * Online") is one name.
   */
  private static List<String> people(String[] parts) {
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String[] sides = SPACED_AMPERSAND_OR_SLASH.split(part);
      boolean names = sides.length > 1;
      for (String side : sides) names &= SPACES.split(side.strip()).length >= 2;
      if (names) out.addAll(List.of(sides));
      else out.add(part);
    }
    return out;
  }

  private static final Pattern DESK = Pattern.compile(
      "(?i)^(חדשות|מערכת.*|news|staff|editorial|newsroom|admin|administrator|desk|editor|the editors|"
          + "redaktion|die redaktion|redacción|la redacción|rédaction|la rédaction|redazione|la redazione|redactie|redakcja|"
          + "هيئة التحرير|التحرير|المحرر|فريق التحرير|تحریریه)$");

  /** Weekday names in the languages whose month names {@link PrintedDates} reads. */
  private static final Set<String> WEEKDAYS = weekdays();

  private static Set<String> weekdays() {
    Set<String> out = new HashSet<>();
    for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da")) {
      for (DayOfWeek d : DayOfWeek.values()) {
        out.add(d.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(lang)).toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * A byline without the date that shares its line ("Alex Bozarjian Thursday, November 9, 2023",
   * "Isabella DiBiase am Samstag"): cut at the first weekday name or digit, and the joining word before it.
   */
  /** A byline's names part cut before its date, without the words and marks that joined them ("on", "Published", "–"). */
  static String beforeDate(String cut) {
    return DATE_JOINER.matcher(cut).replaceAll("").strip();
  }

  static String withoutDate(String byline) {
    String b = ABOUT_THE_AUTHOR.matcher(byline).replaceFirst("");
    b = LINK_TAIL.matcher(b).replaceFirst("");
    b = FIELD_TAIL.matcher(b).replaceFirst("");
    String[] words = b.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = TRAILING_PUNCTUATION.matcher(words[i]).replaceAll("").toLowerCase(Locale.ROOT);
      boolean monthBeforeDigit = MONTHS.contains(w) && (i + 1 == words.length || startsWithDigit(words[i + 1]));
      if (i > 0 && (WEEKDAYS.contains(w) || monthBeforeDigit || startsWithDigit(w))) {
        return beforeDate(String.join(" ", Arrays.copyOfRange(words, 0, i)));
      }
    }
    return b;
  }

  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  /** A heading before the name in an author box ("About the Author - Jane Doe", "Über die Autorin: …"). */
  private static final Pattern ABOUT_THE_AUTHOR = Pattern.compile(
      "^(?iu)(about the author|über den autor|über die autorin|sobre el autor|sobre la autora|à propos de l'auteur)\\s*[-–—:|]?\\s*");
  /** Link texts that follow a name in an author box ("Jil Schuller Alle Artikel Kontakt", "… View all posts"). */
  private static final Pattern LINK_TAIL = Pattern.compile(
      "(?iu)\\s+(alle artikel|alle beiträge|all (posts|articles|stories)|view all|more (from|by)|mehr von|weitere artikel|"
          + "kontakt|contact|follow|folgen|e-mail|email)\\b.*$");

  /**
   * What follows a name as another field of the same line: a bar or a middle dot and anything after it
   * ("Jacobo Betancur Peláez | Publicado hace 3 horas"), or a further label with a colon
   * ("Kossivi Tiassou Edition : M-A. Pioerron", "Jane Doe, Datum: 03.03.19").
   */
  private static final Pattern FIELD_TAIL = Pattern.compile("(?u)(\\s+[|·•]\\s+|,?\\s+\\p{L}+\\s?:\\s).*$");

  /** Month names and their abbreviations in the languages whose weekdays {@link #WEEKDAYS} holds. */
  private static final Set<String> MONTHS = months();

  private static Set<String> months() {
    Set<String> out = new HashSet<>();
    for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da")) {
      for (Month m : Month.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
          out.add(m.getDisplayName(style, Locale.forLanguageTag(lang)).toLowerCase(Locale.ROOT).replace(".", ""));
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Credits that stand for nobody: content-management defaults and empty fields. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)(admin|administrator|super ?user|webmaster|"
      + "unknown|anonymous|anonym|guest|gast|no author|none|null|undefined|user|default|author|autor|redaktion|"
      + "editor|the editors|staff|site|wordpress|oradmin|root)\\.?");
  /**
   * Licences that an image's credit gives where its author's name would be ("domena publiczna", "Public Domain",
   * "CC BY-SA"): no one's name.
   */
  private static final Pattern LICENCE = Pattern.compile("(?iu)(public domain|domena publiczna|domaine public|"
      + "dominio p[uú]blico|pubblico dominio|dom[ií]nio p[uú]blico|publiek domein|gemeinfrei|creative commons|cc0|cc[ -]by\\b.*)\\.?");

  /**
   * Label words that sit where a name should ("Publiziert am", "Post author", "Veröffentlicht von"), also a contact
   * link's title ({@code <link rel=author title="Kontakt">}), what is left of "Last Updated: …" once its date is cut, and
   * Hebrew's "published" and "updated" ("פורסם", "עודכן").
   */
  private static final Pattern LABEL = Pattern.compile("(?iu)^(publiziert|veröffentlicht|published|posted|post author|"
      + "updated|aktualisiert|geschrieben|written|publié|publicado|pubblicato|gepubliceerd|opublikowano|read more|"
      + "share|teilen|mehr|more|view all|alle beiträge|zeige alle|show all|foto|fotos|photo|photos|bild|bilder|image|"
      + "illustration|grafik|credit|quelle|source|interview|follow|folgen|afficher|view my|view profile|mein profil|"
      + "kontakt|contact|impressum|last|פורסם|עודכן)(?![\\p{L}])");

  /**
   * Whether a credited name is the publication itself: the site's name, or a name that the site's name,
   * the {@code <title>}'s site part or the host name hold ("Badische Zeitung", "STERN.de", "JuraForum.de-Redaktion").
   */
  static boolean isPublication(String name, String publicationKeys) {
    String key = Texts.key(PUBLICATION_TAIL.matcher(name).replaceAll(""));
    if (key.length() < 3) return false;
    boolean person = isPersonShaped(name);
    // The whole name too: "BBC News" is the site "BBC News", though "bbc" alone is too short to compare.
    String whole = Texts.key(name);
    for (String k : publicationKeys.split(" ")) {
      if (k.isEmpty()) continue;
      if (k.equals(whole)) return true;
      // A person's name inside a longer site name is the owner of a personal site ("juergenheitmann.com",
      // "Jürgen Heitmann Fotografie"), who writes its posts.
      boolean holdsName = key.length() >= 5 && k.contains(key) && !person;
      if (k.equals(key) || holdsName || (k.length() >= 5 && key.contains(k))) return true;
    }
    return false;
  }

  /** A word of a person's name: capitalised, lower-case after the first letter, parts joined by a hyphen or apostrophe. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*");

  /** Whether a credit has the shape of a person's full name: two to four capitalised words (particles aside), nothing else. */
  static boolean isPersonShaped(String name) {
    String[] words = Texts.normalise(name).split(" ");
    // "The Local", "The Guardian": no person's name starts with the article.
    if (words[0].equals("The")) return false;
    int named = 0;
    for (String w : words) {
      if (NAME_WORD.matcher(w).matches()) named++;
      else if (!PARTICLES.contains(w)) return false;
    }
    return named >= 2 && named <= 4;
  }

  /** Particles that stay lower-case inside a name ("Ursula von der Leyen", "Ahmed bin Salman", "Ortega y Gasset"). */
  private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "la",
      "le", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "y", "e");

  /** The spaces between the words of a name, the no-break space included. */
  private static final Pattern NAME_SPACES = Pattern.compile("[\\s\u00a0]+");

  /**
   * Whether names read from a line at the top or the end of the body are names, not the words of a sentence that
   * starts like a byline ("By the time we arrived"): in a cased script every word but a particle is
   * capitalised.
   */
  static boolean namesAtBodyTop(List<Author> found) {
    for (Author a : found) {
      for (String word : NAME_SPACES.split(a.name())) {
        if (word.isEmpty() || PARTICLES.contains(word)) continue;
        if (Character.isLowerCase(word.codePointAt(0))) return false;
      }
    }
    return true;
  }

  /**
   * The desk a byline credits alone ("von Redaktion,", "By Staff", "Redaktion"), as the page prints it: the label and
   * the punctuation around it left out.
   */
  static Optional<Author> deskAlone(String byline) {
    String t = NAME_EDGES.matcher(Vocabulary.afterAuthorPrefix(byline).orElse(Texts.normalise(byline))).replaceAll("").strip();
    return isDesk(t) && !ADMINISTRATOR.matcher(t).matches() ? Optional.of(asDesk(Author.of(t))) : Optional.empty();
  }

  /** A site's administrator account, which a content-management system prints by default: no one's credit. */
  private static final Pattern ADMINISTRATOR = Pattern.compile("(?i)admin|administrator");

  /** Whether a credited name is a desk or a generic credit rather than a person. */
  static boolean isDesk(String name) {
    return DESK.matcher(name.strip()).matches();
  }

  /**
   * Whether a credit is a social-media handle ("@NatGeoUK"): it names an account, often the publication's,
   * not a person, and pages that declare one print the person's name elsewhere.
   */
  private static boolean isHandle(String credit) {
    return credit.startsWith("@") && Texts.words(credit) == 1;
  }

  /** A profession printed before a name in a byline ("Rechtsanwalt Sebastian Einbock"), as an honorific. */
  private static final Pattern PROFESSION = Pattern.compile("^(?iu:rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|"
      + "anwalt|anwältin|notar|notarin|steuerberater|steuerberaterin|attorney|abogado|abogada|avocat|avocate|avvocato|"
      + "advocaat)\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})");

  /** The name without a profession printed before it; a name alone stays as it is. */
  private static String withoutProfession(String name) {
    return PROFESSION.matcher(name).replaceFirst("");
  }

  /** "Family, Given" as library catalogues and standards bodies write a single name. */
  private static boolean isInverted(String t) {
    String[] parts = t.split(",");
    return parts.length == 2 && Texts.words(parts[0]) == 1 && Texts.words(parts[1]) >= 1 && Texts.words(parts[1]) <= 3
        && !parts[1].contains(" and ") && Character.isUpperCase(parts[0].strip().codePointAt(0));
  }

  /** A single cleaned name, or empty when the text does not look like a person's or desk's name. */
  static Optional<String> name(String text) {
    String t = Vocabulary.afterAuthorPrefix(text).orElse(Texts.normalise(text));
    if (isHandle(t)) return Optional.empty();
    t = withoutProfession(NAME_EDGES.matcher(t).replaceAll("").strip());
    if (Texts.countChar(t, '(') > Texts.countChar(t, ')')) t = t + ")";
    if (t.isEmpty() || t.length() > 70) return Optional.empty();
    if (t.contains("@") || t.contains("http") || t.contains("://") || t.contains("/") || t.contains("|")) {
      return Optional.empty();
    }
    if (t.toLowerCase(Locale.ROOT).startsWith("developed by") || t.toLowerCase(Locale.ROOT).startsWith("powered by")) {
      return Optional.empty();
    }
    // A byline's label alone ("Von", "By:"), its name in another element.
    if (Vocabulary.afterAuthorPrefix(t + " x").filter("x"::equals).isPresent()) return Optional.empty();
    if (PLACEHOLDER.matcher(t).matches() || LICENCE.matcher(t).matches() || LABEL.matcher(t).find() || WEEKDAYS.contains(t.toLowerCase(Locale.ROOT))
        || OTHER_CREDIT.matcher(t).find()) {
      return Optional.empty();
    }
    int words = Texts.words(t);
    if (words == 0 || words > 6) return Optional.empty();
    for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return Optional.empty();
    return Optional.of(t);
  }

  /**
   * Whether a credit is one word of at most three letters, all lower-case letters of a cased script: "il", "a" or "há"
   * of a relative date the reader gave no day ("Mario Rossi, il y a 3 semaines"), which a byline's separators ("y",
   * "e") cut into words. An agency written in lower case ("dpa") is a credit.
   */
  private static boolean isShortLowerCaseWord(String name) {
    if (Texts.words(name) > 1 || !name.codePoints().filter(Character::isLetter).allMatch(Character::isLowerCase)) return false;
    return name.codePoints().filter(Character::isLetter).count() <= 3 && !isNewsAgency(name);
  }
}
