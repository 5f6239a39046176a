package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private final ClassWords words = new ClassWords("comment sidebar read-more");

  @Test
  void wholeWordsOfAClassOrIdOnly() {
    assertTrue(words.test("post-comment"));
    assertTrue(words.test("Sidebar left"));
    assertTrue(words.test("box_comment_area"));
    assertFalse(words.test("commentary"), "a word inside a longer word is not the word");
    assertFalse(words.test("uncomment"));
    assertFalse(words.test(""));
    assertFalse(words.test("  -_ "));
  }

  @Test
  void aHyphenatedEntryMatchesHyphenatedSeparatedOrJoined() {
    assertTrue(words.test("read-more"));
    assertTrue(words.test("btn read_more"));
    assertTrue(words.test("readmore"));
    assertFalse(words.test("read"));
    assertFalse(words.test("more read"));
  }
}
