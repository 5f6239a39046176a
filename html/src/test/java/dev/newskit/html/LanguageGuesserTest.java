package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private static final String ENGLISH = "The talks in Washington were delayed, and the envoy said that it was too early "
      + "to speak of a deal with the other side.";
  private static final String HEBREW = "הממשלה התכנסה אמש לדיון ארוך על התקציב ועל המצב הביטחוני בצפון הארץ";
  private static final String ARABIC = "اجتمعت الحكومة مساء أمس لمناقشة الميزانية والوضع الأمني في شمال البلاد";
  private static final String PERSIAN = "دولت دیشب برای بررسی بودجه و وضعیت امنیتی در شمال کشور گرد هم آمد و گفتگو کرد";

  private static Optional<Locale> guess(String text, String declared) {
    return LanguageGuesser.guess(text, Optional.ofNullable(declared).map(Locale::forLanguageTag));
  }

  @Test
  void theScriptDecidesOverTheDeclaration() {
    assertEquals(Optional.of(Locale.forLanguageTag("he")), guess(HEBREW, "en"));
    assertEquals(Optional.of(Locale.forLanguageTag("ar")), guess(ARABIC, null));
    assertEquals(Optional.of(Locale.forLanguageTag("fa")), guess(PERSIAN, "ar"));
    assertEquals(Optional.of(Locale.forLanguageTag("en")), guess(ENGLISH, "he"), "an English article on a Hebrew site");
    assertEquals(Optional.of(Locale.forLanguageTag("ru")), guess("Правительство собралось вчера вечером для обсуждения", null));
  }

  @Test
  void aMatchingDeclarationKeepsItsRegion() {
    assertEquals(Optional.of(Locale.forLanguageTag("he-IL")), guess(HEBREW, "he-IL"));
    assertEquals(Optional.of(Locale.forLanguageTag("en-GB")), guess(ENGLISH, "en-GB"));
  }

  @Test
  void tooLittleTextGivesTheDeclaration() {
    assertEquals(Optional.of(Locale.forLanguageTag("de")), guess("Hi there", "de"));
    assertEquals(Optional.empty(), guess("12 34", null));
  }

  @Test
  void latinTextWithoutStopwordsSaysNothing() {
    assertEquals(Optional.empty(), guess("Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor", null));
    assertEquals(Optional.of(Locale.forLanguageTag("fr")), guess("Le gouvernement a dit que la réunion est pour les "
        + "ministres et des experts dans une salle du palais", null));
  }

  @Test
  void rightToLeftLanguages() {
    for (String l : new String[] {"he", "iw", "yi", "ar", "fa", "ur"}) assertTrue(LanguageGuesser.isRightToLeft(Locale.forLanguageTag(l)), l);
    for (String l : new String[] {"en", "ru", "zh", "el"}) assertFalse(LanguageGuesser.isRightToLeft(Locale.forLanguageTag(l)), l);
  }

  @Test
  void stopwordsAreFoundWhateverTheirCase() {
    assertEquals(Optional.of(Locale.forLanguageTag("en")), guess(ENGLISH.toUpperCase(Locale.ROOT), null));
    assertEquals(Optional.of(Locale.forLanguageTag("de")),
        guess("DER Hafen IST seit Freitag geschlossen, UND DIE Schiffe warten VOR DER Küste auf DEN Sturm", null));
  }

  @Test
  void aDottedCapitalIIsNotAnI() {
    // "İN" lower-cases to "i̇n" (with a combining dot), which is no stopword: letter-by-letter lower-casing would
    // read it as "in" and call this English.
    assertEquals(Optional.empty(), guess("İN İS İT İN İS İT İN İS İT Ankara İzmir Bursa Konya Antalya", null));
  }

  /**
   * Every letter of the Basic Multilingual Plane counts for the script {@link Character.UnicodeScript} gives it:
   * thirty of one letter are read as that script's language, and a non-letter or a script not counted is not read.
   */
  @Test
  void eachLetterCountsForItsScript() {
    java.util.Map<Character.UnicodeScript, String> languages = java.util.Map.of(Character.UnicodeScript.HEBREW, "he",
        Character.UnicodeScript.CYRILLIC, "ru", Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HANGUL,
        "ko", Character.UnicodeScript.THAI, "th", Character.UnicodeScript.DEVANAGARI, "hi",
        Character.UnicodeScript.HIRAGANA, "ja", Character.UnicodeScript.KATAKANA, "ja", Character.UnicodeScript.HAN, "zh");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      String text = String.valueOf(c).repeat(30);
      Optional<Locale> guessed = LanguageGuesser.guess(text, Optional.empty());
      String where = Integer.toHexString(c) + " " + script;
      if (!Character.isLetter(c) || script == Character.UnicodeScript.LATIN) {
        // A Latin letter alone is no stopword: the text says no language.
        assertEquals(Optional.empty(), guessed, where);
      } else if (script == Character.UnicodeScript.ARABIC) {
        assertEquals(Optional.of("پچژگیک".indexOf(c) >= 0 ? "fa" : "ar"), guessed.map(Locale::getLanguage), where);
      } else {
        assertEquals(Optional.ofNullable(languages.get(script)), guessed.map(Locale::getLanguage), where);
      }
    }
  }

  @Test
  void linesAreReadAsTheirJoinedText() {
    // Words across line ends, a line of its own per language, empty lines, and the one letter whose lower case
    // is two characters (İ), which the guesser reads by copying the word out.
    java.util.List<String> lines = java.util.List.of("İçin bir ve bu", "", "the talks and", "der die und das ist",
        "nicht mit", "", "de la et le les", "des", HEBREW.substring(0, 10));
    for (int from = 0; from < lines.size(); from++) {
      java.util.List<String> part = lines.subList(from, lines.size());
      StringBuilder joined = new StringBuilder();
      for (String l : part) joined.append(l).append('\n');
      for (String declared : new String[] {null, "de", "fr"}) {
        Optional<Locale> d = Optional.ofNullable(declared).map(Locale::forLanguageTag);
        assertEquals(LanguageGuesser.guess(joined.toString(), d), LanguageGuesser.guess(part, d), part + " " + declared);
      }
    }
    java.util.List<String> twice = new java.util.ArrayList<>();
    for (int k = 0; k < 40; k++) twice.add(k % 2 == 0 ? "der die und das" : "the and of that");
    StringBuilder joined = new StringBuilder();
    for (String l : twice) joined.append(l).append('\n');
    assertEquals(LanguageGuesser.guess(joined.toString(), Optional.empty()), LanguageGuesser.guess(twice, Optional.empty()));
  }
}
