package dev.newskit.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Punkt sentence splitter with fixed, pre-trained parameters: the decision rules of NLTK 3.8's
 * {@code PunktSentenceTokenizer.tokenize} (candidate contexts, first pass by token type, second pass by
 * collocations, frequent sentence starters and orthographic context, boundary realignment), so that
 * ROUGE-LSum splits texts as the Web Content Extraction Benchmark did. It does not train. Immutable and
 * thread-safe.
 *
 * <p>Python's regular expressions are Unicode-aware; the character classes below spell out what
 * Python's {@code \s}, {@code \S}, {@code \w} and {@code \d} match on {@code str} (for example Python's
 * {@code \w} has no combining marks, unlike Java's Unicode {@code \w}).
 */
final class Punkt {
  /** Python's {@code \s} on str: Unicode White_Space plus the four information separators. */
  private static final String WS = "[\\s\\x1c-\\x1f]";
  private static final String NON_WS = "[^\\s\\x1c-\\x1f]";
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

  private static final String NON_WORD = "(?:[)\";}\\]*:@'({\\[?!])";
  private static final String MULTI_CHAR = "(?:-{2,}|\\.{2,}|(?:\\." + WS + "){2,}\\.)";
  private static final String WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";
  private static final Pattern WORD_TOKENIZER = Pattern.compile(
      MULTI_CHAR
          + "|(?=" + WORD_START + ")" + NON_WS + "+?"
          + "(?=" + WS + "|$|" + NON_WORD + "|" + MULTI_CHAR + "|,(?=$|" + WS + "|" + NON_WORD + "|" + MULTI_CHAR + "))"
          + "|" + NON_WS, FLAGS);
  private static final Pattern PERIOD_CONTEXT = Pattern.compile(
      "[.?!](?=(?<afterTok>" + NON_WORD + "|" + WS + "+(?<nextTok>" + NON_WS + "+)))", FLAGS);
  private static final Pattern BOUNDARY_REALIGNMENT = Pattern.compile(
      "[\"')\\]}]+?(?:" + WS + "+|(?=--)|$)", FLAGS | Pattern.MULTILINE);

  private static final Pattern NUMERIC = Pattern.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?", FLAGS);
  /** Python's {@code [^\W\d]}: a word character that is not a decimal digit. */
  private static final String LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";
  private static final Pattern INITIAL = Pattern.compile(LETTER + "\\.", FLAGS);
  private static final String NUMBER_TYPE = "##number##";

  private static final int ORTHO_BEG_UC = 1 << 1;
  private static final int ORTHO_MID_UC = 1 << 2;
  private static final int ORTHO_UNK_UC = 1 << 3;
  private static final int ORTHO_BEG_LC = 1 << 4;
  private static final int ORTHO_MID_LC = 1 << 5;
  private static final int ORTHO_UNK_LC = 1 << 6;
  private static final int ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC;
  private static final int ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC;

  private final Set<String> abbreviations;
  private final Set<String> collocations;
  private final Set<String> sentenceStarters;
  private final Map<String, Integer> orthoContext;

  Punkt(Set<String> abbreviations, Set<String> collocations, Set<String> sentenceStarters,
      Map<String, Integer> orthoContext) {
    this.abbreviations = Set.copyOf(abbreviations);
    this.collocations = Set.copyOf(collocations);
    this.sentenceStarters = Set.copyOf(sentenceStarters);
    this.orthoContext = Map.copyOf(orthoContext);
  }

  /**
   * Reads parameters in the layout of the corpus's {@code punkt/english.json}: {@code abbrev_types},
   * {@code collocations} (pairs), {@code sent_starters} and {@code ortho_context} (type to bit flags).
   */
  static Punkt load(Path json) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
    Set<String> abbreviations = new HashSet<>();
    root.get("abbrev_types").forEach(n -> abbreviations.add(n.asString()));
    Set<String> collocations = new HashSet<>();
    root.get("collocations").forEach(n -> collocations.add(pair(n.get(0).asString(), n.get(1).asString())));
    Set<String> starters = new HashSet<>();
    root.get("sent_starters").forEach(n -> starters.add(n.asString()));
    Map<String, Integer> ortho = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : root.get("ortho_context").properties()) {
      ortho.put(e.getKey(), e.getValue().asInt());
    }
    return new Punkt(abbreviations, collocations, starters, ortho);
  }

  static String pair(String first, String second) {
    return first + '\u0000' + second;
  }

  /** The sentences of {@code text}, as NLTK's {@code PunktSentenceTokenizer.tokenize(text)} returns them. */
  List<String> split(String text) {
    List<int[]> slices = slices(text);
    List<String> out = new ArrayList<>();
    int realign = 0;
    for (int i = 0; i < slices.size(); i++) {
      int start = slices.get(i)[0] + realign;
      int stop = slices.get(i)[1];
      if (i + 1 == slices.size()) {
        if (start < stop) out.add(text.substring(start, stop));
        continue;
      }
      int[] next = slices.get(i + 1);
      Matcher m = BOUNDARY_REALIGNMENT.matcher(pySlice(text, next[0], next[1]));
      if (m.lookingAt()) {
        out.add(pySlice(text, start, next[0] + pythonRstrip(m.group()).length()));
        realign = m.end();
      } else {
        realign = 0;
        if (start < stop) out.add(text.substring(start, stop));
      }
    }
    return out;
  }

  private static String pySlice(String text, int start, int stop) {
    int s = Math.min(Math.max(start, 0), text.length());
    int e = Math.min(Math.max(stop, 0), text.length());
    return s >= e ? "" : text.substring(s, e);
  }

  private List<int[]> slices(String text) {
    List<int[]> slices = new ArrayList<>();
    int lastBreak = 0;
    for (Candidate c : candidates(text)) {
      if (containsSentenceBreak(c.context)) {
        slices.add(new int[] {lastBreak, c.end});
        lastBreak = c.nextTokenStart >= 0 ? c.nextTokenStart : c.end;
      }
    }
    slices.add(new int[] {lastBreak, pythonRstrip(text).length()});
    return slices;
  }

  private record Candidate(int end, int nextTokenStart, String context) {}

  /** {@code _match_potential_end_contexts}: each end character with the word before it and the token after. */
  private static List<Candidate> candidates(String text) {
    List<Candidate> out = new ArrayList<>();
    int prevStart = 0;
    int prevStop = 0;
    Matcher previous = null;
    String previousContext = null;
    int previousEnd = 0;
    int previousNext = -1;
    Matcher m = PERIOD_CONTEXT.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.min(prevStop, m.start()), m.start());
      int lastSpace = lastAsciiWhitespace(before);
      int wordStart = lastSpace != 0 ? lastSpace + prevStop + 1 : prevStart;
      if (previous != null && prevStop <= wordStart) {
        out.add(new Candidate(previousEnd, previousNext, previousContext));
      }
      previous = m;
      previousEnd = m.end();
      previousNext = m.start("nextTok");
      previousContext = pySlice(text, wordStart, m.start()) + m.group() + m.group("afterTok");
      prevStart = wordStart;
      prevStop = m.start();
    }
    if (previous != null) out.add(new Candidate(previousEnd, previousNext, previousContext));
    return out;
  }

  /** The index of the last of Python's {@code string.whitespace} in {@code s}, or 0 when there is none. */
  private static int lastAsciiWhitespace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (" \t\n\r\u000b\f".indexOf(s.charAt(i)) >= 0) return i;
    }
    return 0;
  }

  static String pythonRstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (!isPythonSpace(cp)) break;
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /** Python's {@code str.strip()}. */
  static String pythonStrip(String s) {
    String r = pythonRstrip(s);
    int start = 0;
    while (start < r.length()) {
      int cp = r.codePointAt(start);
      if (!isPythonSpace(cp)) break;
      start += Character.charCount(cp);
    }
    return r.substring(start);
  }

  static boolean isPythonSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85 || cp == 0xa0;
  }

  private boolean containsSentenceBreak(String context) {
    List<Token> tokens = annotate(words(context));
    boolean found = false;
    for (Token t : tokens) {
      if (found) return true;
      if (t.sentbreak) found = true;
    }
    return false;
  }

  private static final class Token {
    final String tok;
    final String type;
    final boolean periodFinal;
    boolean sentbreak;
    boolean abbr;
    boolean ellipsis;

    Token(String tok) {
      this.tok = tok;
      String lower = tok.toLowerCase(Locale.ROOT);
      this.type = NUMERIC.matcher(lower).matches() ? NUMBER_TYPE : lower;
      this.periodFinal = tok.endsWith(".");
    }

    String typeNoPeriod() {
      return type.length() > 1 && type.endsWith(".") ? type.substring(0, type.length() - 1) : type;
    }

    String typeNoSentPeriod() {
      return sentbreak ? typeNoPeriod() : type;
    }

    boolean firstUpper() {
      return Character.isUpperCase(tok.codePointAt(0));
    }

    boolean firstLower() {
      return Character.isLowerCase(tok.codePointAt(0));
    }

    boolean isEllipsis() {
      return tok.length() >= 2 && tok.chars().allMatch(c -> c == '.');
    }

    boolean isInitial() {
      return INITIAL.matcher(tok).matches();
    }
  }

  /** {@code _tokenize_words}: line by line (line and paragraph starts are not used by the decisions). */
  private static List<Token> words(String text) {
    List<Token> tokens = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (pythonRstrip(line).isEmpty()) continue;
      Matcher m = WORD_TOKENIZER.matcher(line);
      while (m.find()) tokens.add(new Token(m.group()));
    }
    return tokens;
  }

  private List<Token> annotate(List<Token> tokens) {
    for (Token t : tokens) firstPass(t);
    for (int i = 0; i + 1 < tokens.size(); i++) secondPass(tokens.get(i), tokens.get(i + 1));
    return tokens;
  }

  private void firstPass(Token t) {
    String tok = t.tok;
    if (tok.equals(".") || tok.equals("?") || tok.equals("!")) {
      t.sentbreak = true;
    } else if (t.isEllipsis()) {
      t.ellipsis = true;
    } else if (t.periodFinal && !tok.endsWith("..")) {
      String stem = tok.substring(0, tok.length() - 1).toLowerCase(Locale.ROOT);
      String lastPart = stem.substring(stem.lastIndexOf('-') + 1);
      if (abbreviations.contains(stem) || abbreviations.contains(lastPart)) {
        t.abbr = true;
      } else {
        t.sentbreak = true;
      }
    }
  }

  private void secondPass(Token t1, Token t2) {
    if (!t1.periodFinal) return;
    String typ = t1.typeNoPeriod();
    String nextTyp = t2.typeNoSentPeriod();
    boolean initial = t1.isInitial();
    if (collocations.contains(pair(typ, nextTyp))) {
      t1.sentbreak = false;
      t1.abbr = true;
      return;
    }
    if ((t1.abbr || t1.ellipsis) && !initial) {
      Boolean starter = orthoHeuristic(t2);
      if (Boolean.TRUE.equals(starter)) {
        t1.sentbreak = true;
        return;
      }
      if (t2.firstUpper() && sentenceStarters.contains(nextTyp)) {
        t1.sentbreak = true;
        return;
      }
    }
    if (initial || typ.equals(NUMBER_TYPE)) {
      Boolean starter = orthoHeuristic(t2);
      if (Boolean.FALSE.equals(starter)) {
        t1.sentbreak = false;
        t1.abbr = true;
        return;
      }
      if (starter == null && initial && t2.firstUpper() && (ortho(nextTyp) & ORTHO_LC) == 0) {
        t1.sentbreak = false;
        t1.abbr = true;
      }
    }
  }

  /** True when the token starts a sentence, false when it does not, null when unknown. */
  private Boolean orthoHeuristic(Token t) {
    if (t.tok.length() == 1 && ";:,.!?".contains(t.tok)) return false;
    int context = ortho(t.typeNoSentPeriod());
    if (t.firstUpper() && (context & ORTHO_LC) != 0 && (context & ORTHO_MID_UC) == 0) return true;
    if (t.firstLower() && ((context & ORTHO_UC) != 0 || (context & ORTHO_BEG_LC) == 0)) return false;
    return null;
  }

  private int ortho(String type) {
    return orthoContext.getOrDefault(type, 0);
  }
}
