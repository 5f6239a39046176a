package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  @Test
  void answersForAStretchAsTheSetDoesForTheWord() {
    Set<String> words = Set.of("ביוני", "לפני", "אתמול", "Aa", "BB"); // "Aa" and "BB" share a hash code
    WordSet set = new WordSet(words);
    String text = "אתמול, לפני ביוניי וביוני xAa BB Ab לפנ";
    int checked = 0;
    for (int start = 0; start < text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        assertEquals(words.contains(text.substring(start, end)), set.contains(text, start, end), start + ".." + end);
        checked++;
      }
    }
    assertTrue(checked > 800);
    assertTrue(set.contains("xAa", 1, 3));
    assertFalse(new WordSet(Set.of()).contains("אתמול", 0, 5));
  }
}
