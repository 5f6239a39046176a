package dev.newskit.i18n;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Any text gives a date or a {@link DateParseException}, never another exception; find never throws. The Hebrew and the
 * Arabic parsers share the tokenizer, reader and resolver, and both are fuzzed.
 */
class HebrewDateParserFuzzTest {
  private static final List<dev.newskit.core.DateTextParser> PARSERS = List.of(new HebrewDateParser(), new ArabicDateParser());
  private static final DateContext LENIENT = new DateContext(Instant.parse("2026-04-10T09:00:00Z"), Optional.empty(), List.of(), false);

  @FuzzTest(maxDuration = "60s")
  void onlyDateParseExceptions(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    for (dev.newskit.core.DateTextParser parser : PARSERS) {
      for (DateContext context : List.of(LENIENT, LENIENT.withStrict(true))) {
        try {
          parser.parse(text, context);
        } catch (DateParseException expected) {
          // the typed refusal
        }
        for (dev.newskit.core.FoundDate found : parser.find(text, context)) {
          if (found.end() > text.length()) throw new AssertionError("span past the text: " + found);
        }
      }
    }
  }
}
