package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void stripsEscapeSequencesAndControlsButKeepsLinesTabsAndText() {
    assertEquals("red", TerminalText.strip("\u001b[1;31mred\u001b[0m"));
    assertEquals("ab", TerminalText.strip("a\u001b]0;window title\u0007b"));
    assertEquals("ab", TerminalText.strip("a\u001b]8;;https://x.example\u001b\\b"));
    assertEquals("ab", TerminalText.strip("a\u001b(Bb"));
    assertEquals("ab", TerminalText.strip("a\u001bcb"));
    assertEquals("ab", TerminalText.strip("a\u009b2Jb"));
    assertEquals("ab", TerminalText.strip("a\u0090q payload\u009cb"));
    assertEquals("a\nb\tc", TerminalText.strip("a\r\nb\tc\u0000\u0008\u007f\u0085"));
    assertEquals("שלום עולם – «ok»", TerminalText.strip("שלום עולם – «ok»"));
    assertEquals("a", TerminalText.strip("a\u001b"));
    assertEquals("a", TerminalText.strip("a\u001b[12"));
  }
}
