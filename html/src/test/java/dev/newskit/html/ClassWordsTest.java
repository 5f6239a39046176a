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

  @Test
  void twoWordsOfTheValueMatchAnEntryWrittenTogether() {
    assertTrue(words.test("side bar"), "two words of the value, joined, are the entry sidebar");
    assertTrue(words.test("nav side_bar"));
    assertFalse(words.test("side barn"));
  }

  @Test
  void aLargeVocabularyFindsEveryEntry() {
    StringBuilder vocabulary = new StringBuilder();
    for (int i = 0; i < 300; i++) vocabulary.append("w").append(i).append(" x").append(i).append("-y ");
    ClassWords many = new ClassWords(vocabulary.toString().strip());
    for (int i = 0; i < 300; i++) {
      assertTrue(many.test("a w" + i), "w" + i);
      assertTrue(many.test("x" + i + "-y"), "x" + i + "-y");
      assertTrue(many.test("x" + i + "y"), "x" + i + "y joined");
    }
    assertFalse(many.test("w300 x300-y"));
  }

  @Test
  void camelCaseWordsCountOnlyWhereAsked() {
    ClassWords camel = new ClassWords("related read-more", true);
    assertTrue(camel.test("relatedArticleRow"), "camelCase parts are words");
    assertTrue(camel.test("btnReadMore"), "two camelCase parts match a hyphenated entry");
    assertFalse(camel.test("unrelatedStuff"), "a part inside a longer word is not the word");
    assertFalse(camel.test("RELATEDROW"), "no case change, no new word");
    assertFalse(new ClassWords("related").test("relatedArticleRow"), "plain vocabularies keep whole words");
  }

  @Test
  void upperCaseIsFoldedAndAValueBeyondAsciiIsLowerCasedWhole() {
    assertTrue(words.test("POST-COMMENT"));
    assertTrue(words.test("Side Bar"), "upper-case words, joined, are the entry sidebar");
    assertTrue(words.test("READ More"));
    assertTrue(words.test("Комментарии comment"), "an ASCII word beside words of another script");
    assertTrue(words.test("SIDEBAR-\u00c9T\u00c9"));
    assertFalse(words.test("commentaire-\u00e9t\u00e9"));
    ClassWords camel = new ClassWords("related", true);
    assertTrue(camel.test("relatedRow"));
    assertTrue(camel.test("related\u00c9tat"), "a camelCase part before an upper-case letter beyond ASCII");
    assertFalse(camel.test("\u0130relatedRow"), "a value that lower case lengthens (\u0130) has no camelCase parts");
  }
}
