package dev.newskit.html;

import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text from its script, and for Latin script from its commonest words.
 * Pages often declare the site's language, not the article's (a Hebrew site carrying an English
 * article), and many Hebrew and Arabic pages declare none or the wrong one: the text decides.
 */
final class LanguageGuesser {
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "this"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "pas", "sur", "qui", "au"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein", "eine", "zu", "dem"),
      "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "una", "con", "para", "se", "es"),
      "pt", Set.of("o", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "sono", "con", "non", "del", "della", "gli", "le"),
      "nl", Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "ook"),
      "cs", Set.of("a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "o", "jako", "by", "ale", "jsou"));

  /** Each stopword and the languages it belongs to. */
  private static final Map<String, List<String>> BY_WORD = byWord();
  /** The stopwords sorted by {@link String#hashCode}, so that a word of a text is looked up without copying it out. */
  private static final String[] WORDS = BY_WORD.keySet().stream()
      .sorted(Comparator.comparingInt(String::hashCode).thenComparing(w -> w)).toArray(String[]::new);
  private static final int[] HASHES = Arrays.stream(WORDS).mapToInt(String::hashCode).toArray();

  private static Map<String, List<String>> byWord() {
    Map<String, List<String>> m = new HashMap<>();
    STOPWORDS.forEach((lang, words) -> words.forEach(w -> m.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
    return m;
  }

  private LanguageGuesser() {}

  private static final byte OTHER = 0, HEBREW_LETTER = 1, ARABIC_LETTER = 2, LATIN_LETTER = 3, CYRILLIC_LETTER = 4,
      GREEK_LETTER = 5, HAN_LETTER = 6, KANA_LETTER = 7, HANGUL_LETTER = 8, THAI_LETTER = 9, DEVANAGARI_LETTER = 10;
  /**
   * Each character's class for {@link #guess}: a letter ({@link Character#isLetter}) of one of the scripts counted
   * ({@link Character.UnicodeScript}), else {@link #OTHER}. Looked up once here, so that a page of Hebrew or Arabic
   * text costs no script search per letter.
   */
  private static final byte[] SCRIPTS = scripts();

  private static byte[] scripts() {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Character.isLetter((char) c)) continue;
      classes[c] = switch (Character.UnicodeScript.of(c)) {
        case HEBREW -> HEBREW_LETTER;
        case ARABIC -> ARABIC_LETTER;
        case LATIN -> LATIN_LETTER;
        case CYRILLIC -> CYRILLIC_LETTER;
        case GREEK -> GREEK_LETTER;
        case HAN -> HAN_LETTER;
        case HIRAGANA, KATAKANA -> KANA_LETTER;
        case HANGUL -> HANGUL_LETTER;
        case THAI -> THAI_LETTER;
        case DEVANAGARI -> DEVANAGARI_LETTER;
        default -> OTHER;
      };
    }
    return classes;
  }

  /**
   * The language of {@code lines}, each followed by a line feed, as {@link #guess(CharSequence, Optional)} reads
   * their joined text: read where they stand, line by line, without joining them. No letter run crosses a line feed,
   * so a word is always within one line.
   */
  static Optional<Locale> guess(List<String> lines, Optional<Locale> declared) {
    int hebrew = 0, arabic = 0, persianOnly = 0, latin = 0, cyrillic = 0, greek = 0, han = 0, kana = 0, hangul = 0,
        thai = 0, devanagari = 0;
    int at = 0;
    for (String line : lines) {
      if (at >= MAX_SCRIPT_CHARS) break;
      int limit = Math.min(line.length(), MAX_SCRIPT_CHARS - at);
      at += line.length() + 1;
      for (int i = 0; i < limit; i++) {
        char c = line.charAt(i);
        switch (SCRIPTS[c]) {
          case HEBREW_LETTER: hebrew++; break;
          case ARABIC_LETTER:
            arabic++;
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') persianOnly++;
            break;
          case LATIN_LETTER: latin++; break;
          case CYRILLIC_LETTER: cyrillic++; break;
          case GREEK_LETTER: greek++; break;
          case HAN_LETTER: han++; break;
          case KANA_LETTER: kana++; break;
          case HANGUL_LETTER: hangul++; break;
          case THAI_LETTER: thai++; break;
          case DEVANAGARI_LETTER: devanagari++; break;
          default: break;
        }
      }
    }
    int total = hebrew + arabic + latin + cyrillic + greek + han + kana + hangul + thai + devanagari;
    if (total < 20) return declared;
    int max = Math.max(Math.max(Math.max(hebrew, arabic), Math.max(latin, cyrillic)),
        Math.max(Math.max(greek, han + kana), Math.max(hangul, Math.max(thai, devanagari))));
    if (max == hebrew) return Optional.of(keepIf(declared, "he", "yi").orElse(Locale.forLanguageTag("he")));
    if (max == arabic) {
      String lang = persianOnly * 20 > arabic ? "fa" : "ar";
      return Optional.of(keepIf(declared, lang, "ur", "ps", "ckb").orElse(Locale.forLanguageTag(lang)));
    }
    if (max == han + kana) return Optional.of(Locale.forLanguageTag(kana * 10 > han ? "ja" : "zh"))
        .map(l -> keepIf(declared, l.getLanguage()).orElse(l));
    if (max == hangul) return Optional.of(Locale.forLanguageTag("ko"));
    if (max == cyrillic) return Optional.of(keepIf(declared, "ru", "uk", "bg", "sr", "mk", "be", "kk").orElse(Locale.forLanguageTag("ru")));
    if (max == greek) return Optional.of(Locale.forLanguageTag("el"));
    if (max == thai) return Optional.of(Locale.forLanguageTag("th"));
    if (max == devanagari) return Optional.of(keepIf(declared, "hi", "mr", "ne").orElse(Locale.forLanguageTag("hi")));
    return latinLanguage(lines, declared);
  }

  /** The language of {@code text}, or empty when it has too few letters to tell. */
  static Optional<Locale> guess(CharSequence text, Optional<Locale> declared) {
    // One line: the line feed after it is no letter and comes after both limits' ends.
    return guess(List.of(text.toString()), declared);
  }

  /** How many characters from the start of the text {@link #guess} counts the letters of each script in. */
  private static final int MAX_SCRIPT_CHARS = 20_000;
  /** How many characters from the start of the text {@link #latinLanguage} reads words in. */
  private static final int MAX_WORD_CHARS = 8_000;

  /** A Latin-script language by stopwords; empty when the words say nothing (filler text, lists of names). */
  private static Optional<Locale> latinLanguage(List<String> lines, Optional<Locale> declared) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    int at = 0;
    for (String line : lines) {
      if (at >= MAX_WORD_CHARS) break;
      int limit = Math.min(line.length(), MAX_WORD_CHARS - at);
      at += line.length() + 1;
      int i = 0;
      while (i < limit) {
        while (i < limit && !isLetter(line.charAt(i))) i++;
        int start = i;
        while (i < limit && isLetter(line.charAt(i))) i++;
        if (i == start) break;
        words++;
        if (i - start > 5) continue; // every stopword is short
        List<String> languages = languagesOf(line, start, i);
        if (languages != null) for (String l : languages) hits.merge(l, 1, Integer::sum);
      }
    }
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    boolean declaredLatin = declared.isPresent() && isLatinScriptLanguage(declared.get().getLanguage());
    if (best == null || bestHits * 20 < words) return declaredLatin ? declared : Optional.empty();
    if (declaredLatin && declared.get().getLanguage().equals(best)) return declared;
    if (declaredLatin && !STOPWORDS.containsKey(declared.get().getLanguage())) return declared;
    // The page's own declaration stands unless the text clearly says otherwise.
    int declaredHits = declaredLatin ? hits.getOrDefault(declared.get().getLanguage(), 0) : 0;
    if (declaredLatin && (bestHits < declaredHits * 3 || bestHits * 10 < words)) return declared;
    return Optional.of(Locale.forLanguageTag(best));
  }

  /** {@link Character#isLetter(char)}, answered without its table for ASCII, where only A–Z and a–z are letters. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  /**
   * The languages whose stopword {@code text[start, end)} is once lower-cased ({@code Locale.ROOT}), or null:
   * found by hash, letter by letter, without copying the word out.
   */
  private static List<String> languagesOf(String text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      // The one letter whose lower case is two characters (İ → i̇): the word is lower-cased as a whole.
      if (c == '\u0130') return BY_WORD.get(text.substring(start, end).toLowerCase(Locale.ROOT));
      hash = 31 * hash + Texts.lower(c);
    }
    int at = Arrays.binarySearch(HASHES, hash);
    if (at < 0) return null;
    while (at > 0 && HASHES[at - 1] == hash) at--;
    for (; at < HASHES.length && HASHES[at] == hash; at++) {
      String w = WORDS[at];
      if (w.length() != end - start) continue;
      boolean same = true;
      for (int k = 0; k < w.length() && same; k++) same = Texts.lower(text.charAt(start + k)) == w.charAt(k);
      if (same) return BY_WORD.get(w);
    }
    return null;
  }

  private static boolean isLatinScriptLanguage(String lang) {
    return !Set.of("he", "yi", "ar", "fa", "ur", "ps", "ru", "uk", "el", "zh", "ja", "ko", "th", "hi", "bg", "sr")
        .contains(lang) && !lang.isEmpty();
  }

  /** The declared locale if its language is one of {@code languages} (keeps a region such as en-GB). */
  private static Optional<Locale> keepIf(Optional<Locale> declared, String... languages) {
    if (declared.isEmpty()) return Optional.empty();
    for (String l : languages) if (declared.get().getLanguage().equals(l)) return declared;
    return Optional.empty();
  }

  /** Whether a language is written right to left. */
  static boolean isRightToLeft(Locale language) {
    return Set.of("he", "iw", "yi", "ar", "fa", "ur", "ps", "ckb", "dv", "sd", "ug").contains(language.getLanguage());
  }
}
