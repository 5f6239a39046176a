package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Comment;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FieldSource;
import dev.newskit.core.PageDateTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Readers' comments read into their own field: the common thread markups, and what is not a thread. */
class CommentSectionTest {
  private static final String URL = "https://blog.example/2012/08/a-prospect";
  private static final String STORY = "<article><h1>Will the prospect be the next star?</h1>"
      + ("<p>" + ("The club has hung around the race longer than anyone expected, and now it has decided to go all in "
      + "with its young infielder, who was drafted third overall two years ago. ").repeat(3) + "</p>").repeat(4)
      + "</article>";

  private static Article extract(String html) {
    return ArticleExtractor.create().extract(PageInput.of(html.getBytes(StandardCharsets.UTF_8)).withUrl(URL)
        .withReferenceInstant(Instant.parse("2012-08-10T12:00:00Z")));
  }

  private static String page(String lang, String afterStory) {
    return "<html lang=" + lang + "><head><title>A prospect</title></head><body><div id=main>" + STORY + afterStory
        + "</div></body></html>";
  }

  /** A WordPress theme's thread: ol.commentlist of li.comment, the name in .fn followed by "says:", a time. */
  private static final String WORDPRESS = "<div id=comments><h3 id=comments-title>2 Responses to A prospect</h3>"
      + "<ol class=commentlist>"
      + "<li class=\"comment even thread-even depth-1\" id=li-comment-101><div id=comment-101>"
      + "<div class=\"comment-author vcard\"><img class=avatar src=/a.png><cite class=fn>yummy</cite> <span class=says>says:</span></div>"
      + "<div class=\"comment-meta commentmetadata\"><a href=\"#comment-101\"><time datetime=\"2012-08-09T12:04:00\">August 9, 2012 at 12:04 pm</time></a></div>"
      + "<p>Would I own him in a dynasty league? Yes.</p><p>Would I pick him up today? No.</p>"
      + "<div class=reply><a class=comment-reply-link href=\"?replytocom=101\">Reply</a></div></div></li>"
      + "<li class=\"comment odd depth-1\" id=li-comment-102><div id=comment-102>"
      + "<div class=\"comment-author vcard\"><cite class=fn><a href=\"http://fan.example/\">Ballpark Fan</a></cite> says:</div>"
      + "<div class=\"comment-meta commentmetadata\">August 9, 2012 at 3:40 pm</div>"
      + "<p>He needs a full season in the minors first.</p>"
      + "<div class=reply><a class=comment-reply-link href=\"?replytocom=102\">Reply</a></div></div></li></ol>"
      + "<div id=respond><h3 id=reply-title>Leave a Reply</h3><form id=commentform><p class=comment-notes>Your email "
      + "address will not be published.</p><p class=comment-form-author><label>Name</label><input name=author></p>"
      + "<p class=comment-form-comment><textarea name=comment></textarea></p></form></div></div>";

  @Test
  void aWordPressThreadGivesAuthorsLocalTimesAndTextWithoutControls() {
    Article a = extract(page("en", WORDPRESS));
    assertEquals(List.of(
        new Comment(Optional.of("yummy"), Optional.of(PageDateTime.parse("2012-08-09T12:04")),
            "Would I own him in a dynasty league? Yes.\nWould I pick him up today? No.", 0),
        new Comment(Optional.of("Ballpark Fan"), Optional.of(PageDateTime.parse("2012-08-09T15:40")),
            "He needs a full season in the minors first.", 0)), a.comments());
    assertEquals(FieldSource.VISIBLE_TEXT, a.provenance().get("comments"));
    assertFalse(a.text().contains("dynasty"), a.text());
  }

  @Test
  void commentsCanBeTurnedOff() {
    Article a = ArticleExtractor.builder().comments(false).build().extract(page("en", WORDPRESS), URL);
    assertEquals(List.of(), a.comments());
    assertFalse(a.provenance().containsKey("comments"));
    assertEquals(extract(page("en", WORDPRESS)).text(), a.text());
  }

  @Test
  void aBloggerThreadIsADefinitionListOfNamesAndComments() {
    String blogger = "<div class=comments id=comments><h4>3 comments:</h4><dl id=comments-block>"
        + "<dt class=comment-author id=c1><a href=\"https://www.blogger.com/profile/1\">Anna K.</a> said...</dt>"
        + "<dd class=comment-body><p>What a lovely coat. Where is it from?</p></dd>"
        + "<dd class=comment-footer><span class=comment-timestamp><a href=\"#c1\">September 29, 2012 at 9:12 AM</a></span></dd>"
        + "<dt class=comment-author id=c2>Anonymous said...</dt>"
        + "<dd class=comment-body><p>She is a natural beauty.</p></dd>"
        + "<dd class=comment-footer><span class=comment-timestamp><a href=\"#c2\">September 30, 2012 at 6:02 PM</a></span></dd>"
        + "</dl></div>";
    List<Comment> comments = extract(page("en", blogger)).comments();
    assertEquals(2, comments.size(), comments.toString());
    assertEquals(Optional.of("Anna K."), comments.get(0).author());
    assertEquals("What a lovely coat. Where is it from?", comments.get(0).text());
    assertEquals(Optional.of(PageDateTime.parse("2012-09-29T09:12")), comments.get(0).published());
    assertEquals(Optional.of("Anonymous"), comments.get(1).author());
    assertEquals("She is a natural beauty.", comments.get(1).text());
  }

  @Test
  void nestedRepliesStandDeeperAndAreNotInTheirParentsText() {
    String thread = "<section class=comments-area><ol class=comment-list>"
        + "<li class=comment><article class=comment-body><footer class=comment-meta><b class=fn>Dana</b></footer>"
        + "<div class=comment-content><p>The trade makes no sense to me.</p></div></article>"
        + "<ol class=children><li class=comment><article class=comment-body><footer class=comment-meta><b class=fn>Lee</b></footer>"
        + "<div class=comment-content><p>It does if they sell in July.</p></div></article>"
        + "<ol class=children><li class=comment><article class=comment-body><footer class=comment-meta><b class=fn>Dana</b></footer>"
        + "<div class=comment-content><p>Fair point.</p></div></article></li></ol></li></ol></li>"
        + "<li class=comment><article class=comment-body><footer class=comment-meta><b class=fn>Sam</b></footer>"
        + "<div class=comment-content><p>Great write-up.</p></div></article></li></ol></section>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(0, 1, 2, 0), comments.stream().map(Comment::depth).toList());
    assertEquals(List.of("The trade makes no sense to me.", "It does if they sell in July.", "Fair point.", "Great write-up."),
        comments.stream().map(Comment::text).toList());
    assertEquals(Optional.of("Lee"), comments.get(1).author());
  }

  @Test
  void schemaOrgCommentMicrodataIsRead() {
    String microdata = "<div class=feedback>"
        + "<div itemprop=comment itemscope itemtype=\"https://schema.org/Comment\"><span itemprop=author itemscope "
        + "itemtype=\"https://schema.org/Person\"><span itemprop=name>R. Okafor</span></span>"
        + "<meta itemprop=dateCreated content=\"2012-08-09T18:30:00+01:00\"><div itemprop=text><p>Spot on analysis.</p></div></div>"
        + "</div>";
    Article a = extract(page("en", microdata));
    assertEquals(List.of(new Comment(Optional.of("R. Okafor"), Optional.of(PageDateTime.parse("2012-08-09T18:30:00+01:00")),
        "Spot on analysis.", 0)), a.comments());
    assertEquals(FieldSource.MICRODATA, a.provenance().get("comments"));
  }

  @Test
  void aHebrewPagesListAfterItsCommentsHeadingIsRead() {
    String story = "<article><h1>הממשלה אישרה את התקציב</h1>"
        + ("<p>" + "הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה לאחר דיון ארוך שנמשך עד השעות הקטנות של הלילה. ".repeat(3)
        + "</p>").repeat(4) + "</article>";
    String html = "<html lang=he dir=rtl><head><title>תקציב</title></head><body><div id=main>" + story
        + "<h3>תגובות</h3><ul><li><b>משה</b><p>סוף סוף החלטה נכונה.</p></li><li><b>רחל</b><p>ומה עם החינוך?</p></li></ul>"
        + "</div></body></html>";
    List<Comment> comments = extract(html).comments();
    assertEquals(2, comments.size(), comments.toString());
    assertTrue(comments.get(0).text().contains("סוף סוף החלטה נכונה."), comments.toString());
    assertTrue(comments.get(1).text().contains("ומה עם החינוך?"), comments.toString());
  }

  @Test
  void aCommentFormAloneIsNoComment() {
    String form = "<div id=comments class=comments-area><div id=respond><h3>Leave a Reply</h3><form id=commentform>"
        + "<p class=comment-notes>Your email address will not be published. Required fields are marked *</p>"
        + "<p class=comment-form-author><label for=author>Name</label><input id=author></p>"
        + "<p class=comment-form-email><label>Email</label><input id=email></p>"
        + "<p class=comment-form-comment><textarea></textarea></p></form></div></div>";
    assertEquals(List.of(), extract(page("en", form)).comments());
  }

  @Test
  void aSidebarOfMostCommentedStoriesIsNoThread() {
    String sidebar = "<div id=sidebar><div class=\"widget widget_recent_comments\"><h3>Most commented</h3>"
        + "<ul class=comments-list><li><a href=/a>The trade deadline, ranked</a></li><li><a href=/b>Ten prospects to watch "
        + "this summer</a></li></ul></div></div>";
    String html = "<html lang=en><head><title>A prospect</title></head><body><div id=main>" + STORY + "</div>" + sidebar
        + "<div class=comments><h3>Comments</h3><ul><li><a href=/c>Why the bullpen failed again</a></li>"
        + "<li><a href=/d>Our season preview</a></li></ul></div></body></html>";
    assertEquals(List.of(), extract(html).comments());
  }

  @Test
  void aCountOfCommentsThatLinksToThemIsNoThread() {
    String meta = "<p class=post-meta>Posted in Baseball | <span class=comments-link><a href=\"#comments\">12 Comments</a></span></p>";
    assertEquals(List.of(), extract(page("en", meta)).comments());
  }

  @Test
  void anArticleParagraphWithACommentClassIsNotAComment() {
    String html = "<html lang=en><head><title>A prospect</title></head><body><article><h1>Our editors' view</h1>"
        + ("<p class=comment>" + ("The editors think the club moved too early on the infielder, whose bat is not yet "
        + "ready for the majors and whose glove is still a work in progress. ").repeat(3) + "</p>").repeat(4)
        + "</article></body></html>";
    assertEquals(List.of(), extract(html).comments());
  }

  @Test
  void aPlaceholderAndAReportMenuAreNoComments() {
    String empty = "<div id=comments><h3>Comments</h3><ol class=commentlist><li class=comment>No comments yet.</li></ol></div>";
    assertEquals(List.of(), extract(page("en", empty)).comments());
    String menu = "<div class=comments><ul class=report-reasons><li>Spam</li><li>Offensive</li><li>Disagree</li></ul></div>";
    assertEquals(List.of(), extract(page("en", menu)).comments());
  }

  @Test
  void aCommentByLineWithItsDateGivesTheNameAlone() {
    String thread = "<ol class=commentlist><li class=comment><p class=comment-author>Comment by D-Bomb — January 7, 2008 "
        + "at 8:21 pm</p><p>It could always be worse.</p></li>"
        + "<li class=comment><p class=comment-author>At 4/19/2005 07:14:49 PM, Anon</p><p>Hey, I checked your site often.</p></li></ol>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(Optional.of("D-Bomb"), Optional.of("Anon")), comments.stream().map(Comment::author).toList());
    assertEquals(Optional.of(PageDateTime.parse("2008-01-07T20:21")), comments.get(0).published());
    assertEquals("It could always be worse.", comments.get(0).text());
  }

  @Test
  void aHugeThreadIsReadUpToTheLimit() {
    StringBuilder thread = new StringBuilder("<ol class=commentlist>");
    for (int i = 0; i < 30; i++) {
      thread.append("<li class=comment><cite class=fn>Reader ").append(i).append("</cite><p>Comment number ").append(i)
          .append(" says the same thing again.</p></li>");
    }
    thread.append("</ol>");
    HtmlLimits limits = HtmlLimits.builder().maxComments(10).build();
    Article a = ArticleExtractor.builder().limits(limits).build().extract(page("en", thread.toString()), URL);
    assertEquals(10, a.comments().size());
    assertEquals(30, extract(page("en", thread.toString())).comments().size());
  }

  @Test
  void theCommentCharacterLimitIsABound() {
    // WORDPRESS's comments hold 72 and 43 characters of text.
    for (int limit : new int[] {1, 71, 72, 114, 115}) {
      HtmlLimits limits = HtmlLimits.builder().maxCommentChars(limit).build();
      List<Comment> read = ArticleExtractor.builder().limits(limits).build().extract(page("en", WORDPRESS), URL).comments();
      assertTrue(read.stream().mapToInt(c -> c.text().length()).sum() <= limit, limit + ": " + read);
      assertEquals(limit < 72 ? 0 : limit < 115 ? 1 : 2, read.size(), limit + ": " + read);
    }
  }

  private static CommentSection reading(String html, HtmlLimits limits) {
    return CommentSection.reading(new PageIndex(Jsoup.parse(html, URL)),
        new PageDates(DateTextParser.iso(), Optional.empty(), 200), limits);
  }

  private static String linkEntries(int from, int to) {
    StringBuilder entries = new StringBuilder();
    for (int i = from; i < to; i++) entries.append("<li><a href=/story-").append(i).append(">Story ").append(i).append("</a></li>");
    return entries.toString();
  }

  @Test
  void commentBoxesNestedInOneAnotherReadTheirEntriesOnce() {
    // Boxes named as comments nested thirty deep around one list of story links: none is a comment, and each entry
    // is read once, not once for each box around it.
    String html = "<html><body>" + STORY + "<div class=comments>".repeat(30) + "<ul>" + linkEntries(0, 100) + "</ul>"
        + "</div>".repeat(30) + "</body></html>";
    CommentSection reader = reading(html, HtmlLimits.defaults());
    assertEquals(100, reader.examined());
    assertEquals(List.of(), extract(html).comments());
  }

  @Test
  void entriesThatGiveNoCommentStillCountTowardsTheLimit() {
    // Two hundred boxes of one story link each: reading stops after a few entries for each comment allowed.
    String html = "<html><body>" + STORY + ("<div class=comments><ul>" + linkEntries(0, 1) + "</ul></div>").repeat(200)
        + "</body></html>";
    CommentSection reader = reading(html, HtmlLimits.builder().maxComments(10).build());
    assertTrue(reader.examined() <= 40, "examined " + reader.examined());
    assertEquals(200, reading(html, HtmlLimits.builder().maxComments(100).build()).examined());
  }

  @Test
  void aCommentsFirstLineIsItsTextUnlessItOnlyNamesTheAuthor() {
    String thread = "<div id=comments><h3>5 Responses</h3><ol class=commentlist>"
        + "<li class=comment><div class=comment-author><cite>Ann</cite></div><p>By the way, the stadium was promised "
        + "in 2009 too.</p></li>"
        + "<li class=comment><div class=comment-author><cite>Bob</cite></div><p>Well said</p></li>"
        + "<li class=comment><div class=comment-author><cite>Cleo</cite></div><p>3. Says:</p><p>Cleo says:</p><p>Count me in.</p></li>"
        + "<li class=comment><p>By far the best piece on the club I have read this year.</p></li>"
        + "<li class=comment><p>Exactly what my brother said</p><p>Nobody asks the fans anything.</p></li>"
        + "<li class=comment><p>Posted by Dana van Dijk</p><p>They should have waited until July.</p></li>"
        + "<li class=comment><p>ballpark_guy wrote:</p><p>The bullpen is the real problem here.</p></li>"
        + "</ol></div>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(Optional.of("Ann"), Optional.of("Bob"), Optional.of("Cleo"), Optional.empty(), Optional.empty(),
        Optional.of("Dana van Dijk"), Optional.of("ballpark_guy")), comments.stream().map(Comment::author).toList());
    assertEquals(List.of("By the way, the stadium was promised in 2009 too.", "Well said", "Count me in.",
        "By far the best piece on the club I have read this year.",
        "Exactly what my brother said\nNobody asks the fans anything.", "They should have waited until July.",
        "The bullpen is the real problem here."), comments.stream().map(Comment::text).toList());
  }

  private static final String PARAGRAPHS = ("<p>" + ("The club has hung around the race longer than anyone expected, and "
      + "now it has decided to go all in with its young infielder, who was drafted third overall two years ago. ").repeat(3)
      + "</p>").repeat(3);

  @Test
  void aListOfResponsesInsideTheStoryIsTheStorysText() {
    String html = "<html lang=en><head><title>A prospect</title></head><body><article><h1>The league answers</h1>"
        + "<p>The league voted on Tuesday to shorten the minor league season after a long debate that lasted into the "
        + "night.</p><h3>Responses</h3><ul><li>The players' union said the plan ignored the minor leaguers entirely.</li>"
        + "<li>Two owners welcomed the change but asked for a longer trial period.</li></ul>" + PARAGRAPHS
        + "</article></body></html>";
    Article a = extract(html);
    assertTrue(a.text().contains("The players' union said the plan ignored"), a.text());
    assertEquals(List.of(), a.comments());
  }

  @Test
  void aDiscussionBoxInsideTheStoryIsTheStorysText() {
    String html = "<html lang=en><head><title>A prospect</title></head><body><article><h1>The league answers</h1>"
        + "<p>The league voted on Tuesday to shorten the minor league season after a long debate that lasted into the "
        + "night.</p><div class=discussion><p>Panel discussion: the commissioner and two owners took questions from "
        + "reporters for an hour after the vote.</p><ul><li>Commissioner Jane Doe defended the timetable for the change</li>"
        + "<li>Owner Ray Smith said the plan was underfunded</li></ul></div>" + PARAGRAPHS + "</article></body></html>";
    Article a = extract(html);
    assertTrue(a.text().contains("Commissioner Jane Doe defended"), a.text());
    assertEquals(List.of(), a.comments());
  }

  @Test
  void aThreadAtTheEndOfTheArticlesBoxThatTheBodyLeavesOutIsComments() {
    String html = "<html lang=en><head><title>A prospect</title></head><body><article><h1>Will the prospect be the next "
        + "star?</h1>" + PARAGRAPHS + PARAGRAPHS + WORDPRESS + "</article></body></html>";
    Article a = extract(html);
    assertFalse(a.text().contains("dynasty"), a.text());
    assertEquals(List.of(Optional.of("yummy"), Optional.of("Ballpark Fan")),
        a.comments().stream().map(Comment::author).toList());
  }

  /** A list of the latest comments on any of the site's stories, each after the story's title. */
  private static final String LATEST = "<h4>Latest comments</h4><ul>"
      + "<li><span class=author>Jane</span> on <a href=/2012/08/stadium-plan>Stadium plan</a>: I think the stadium is a "
      + "waste of public money and time.</li>"
      + "<li><span class=author>Raj</span> on <a href=/2012/08/school-closures>School closures</a>: My kids' school is on "
      + "the list and nobody asked the parents.</li></ul>";

  /** The same list without the stories' titles: the quoted comments alone, each with its reader's name. */
  private static final String LATEST_QUOTES = "<h4>Latest comments</h4><ul>"
      + "<li><span class=author>Jane</span> I think the stadium is a waste of public money and time.</li>"
      + "<li><span class=author>Raj</span> My kids' school is on the list and nobody asked the parents.</li></ul>";

  @Test
  void aListOfTheLatestCommentsOnOtherStoriesIsNoThread() {
    String inFooter = "<html lang=en><head><title>A prospect</title></head><body><div id=main>" + STORY + "</div>"
        + "<footer><div class=comments>" + LATEST_QUOTES + "</div></footer></body></html>";
    assertEquals(List.of(), extract(inFooter).comments());
    assertEquals(List.of(), extract(page("en", "<div class=latest-comments>" + LATEST_QUOTES + "</div>")).comments());
    assertEquals(List.of(), extract(page("en", "<div class=comments>" + LATEST + "</div>")).comments());
    // The same quotes in a box of the article's own comments are its thread.
    assertEquals(2, extract(page("en", "<div class=comments>" + LATEST_QUOTES + "</div>")).comments().size());
  }

  @Test
  void aDefinitionListsCommentKeepsItsTextBesideItsRepliesAndItsTermSignsIt() {
    String thread = "<h3>Comments</h3><dl><dt>1. Jane, 3 March 2012</dt><dd><p>The infielder is the best part of this "
        + "trade by far.</p><dl><dt>Raj, 4 March 2012</dt><dd>I agree with you completely on the infielder.</dd></dl></dd></dl>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(
        new Comment(Optional.of("Jane"), Optional.of(PageDateTime.parse("2012-03-03")),
            "The infielder is the best part of this trade by far.", 0),
        new Comment(Optional.of("Raj"), Optional.of(PageDateTime.parse("2012-03-04")),
            "I agree with you completely on the infielder.", 1)), comments);
  }

  @Test
  void aTimesDeclaredOffsetWinsOverTheMetadataBoxAroundIt() {
    // The default markup of common blog themes: the author and the time inside one footer of comment metadata.
    String thread = "<ol class=comment-list><li id=comment-5 class=\"comment even depth-1\"><article class=comment-body>"
        + "<footer class=comment-meta><div class=\"comment-author vcard\"><b class=fn><a href=\"https://jane.example\">"
        + "Jane</a></b> <span class=says>says:</span></div><div class=comment-metadata><a href=\"#comment-5\">"
        + "<time datetime=\"2012-08-09T10:00:00+02:00\">August 9, 2012 at 10:00 am</time></a></div></footer>"
        + "<div class=comment-content><p>Great piece, thanks for covering the trade.</p></div></article></li></ol>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(new Comment(Optional.of("Jane"), Optional.of(PageDateTime.parse("2012-08-09T10:00:00+02:00")),
        "Great piece, thanks for covering the trade.", 0)), comments);
  }

  @Test
  void aReadersLinesThatReadAsADateOrACountStayItsText() {
    String thread = "<ol class=commentlist>"
        + "<li class=comment><cite class=fn>Lee</cite><time datetime=\"2012-08-09T12:00\">August 9, 2012</time>"
        + "<p>The same thing happened to the club before.</p><p>March 3, 2011</p></li>"
        + "<li class=comment><cite class=fn>Sam</cite><p>+1</p><div class=votes>3</div></li>"
        + "<li class=comment><cite class=fn>Kim</cite><p>42</p></li></ol>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of("The same thing happened to the club before.\nMarch 3, 2011", "+1", "42"),
        comments.stream().map(Comment::text).toList());
    assertEquals(Optional.of(PageDateTime.parse("2012-08-09T12:00")), comments.get(0).published());
  }

  /** A blog platform's thread: Blogger's definition list inside the main column, which the platform calls a widget. */
  private static final String BLOGGER_THREAD = "<div class=comments id=comments><h4>2 comments:</h4>"
      + "<div id=Blog1_comments-block-wrapper><dl class=avatar-comment-indent id=comments-block>"
      + "<dt class=comment-author id=c1><a href=\"https://www.blogger.com/profile/1\">Anna K.</a> said...</dt>"
      + "<dd class=comment-body id=Blog1_cmt-1><p>Made this last night and the whole family loved it.</p></dd>"
      + "<dd class=comment-footer><span class=comment-timestamp><a href=\"#c1\">November 9, 2012 11:46 AM</a></span></dd>"
      + "<dt class=comment-author id=c2>Anonymous said...</dt>"
      + "<dd class=comment-body id=Blog1_cmt-2><p>Can I use a cheaper wine for this?</p></dd>"
      + "<dd class=comment-footer><span class=comment-timestamp><a href=\"#c2\">November 9, 2012 1:02 PM</a></span></dd>"
      + "</dl></div></div>";

  @Test
  void aThreadInTheMainColumnThatAPlatformCallsAWidgetIsRead() {
    String html = "<html lang=en><head><title>A prospect</title></head><body><div class=main id=main>"
        + "<div class=\"widget Blog\" id=Blog1><div class=post-outer>" + STORY + BLOGGER_THREAD + "</div></div></div>"
        + "<div class=sidebar id=sidebar><div class=\"widget HTML\"><h2>About me</h2><p>I cook.</p></div></div>"
        + "</body></html>";
    List<Comment> comments = extract(html).comments();
    assertEquals(List.of(Optional.of("Anna K."), Optional.of("Anonymous")), comments.stream().map(Comment::author).toList());
    assertEquals("Can I use a cheaper wine for this?", comments.get(1).text());
  }

  @Test
  void aLayoutClassOnThePageThatMentionsASidebarNamesNoMargin() {
    String html = "<html lang=en><head><title>A prospect</title></head>"
        + "<body class=\"single single-post two-column right-sidebar\"><div id=page><div id=primary>" + STORY
        + WORDPRESS + "</div><div id=secondary class=widget-area><p>Archives</p></div></div></body></html>";
    assertEquals(List.of(Optional.of("yummy"), Optional.of("Ballpark Fan")),
        extract(html).comments().stream().map(Comment::author).toList());
    // A box whose class says footer below the story may hold its thread too.
    String footerBox = "<div class=footer-hook><div id=article-comments class=article-comments>" + WORDPRESS + "</div></div>";
    assertEquals(2, extract(page("en", footerBox)).comments().size());
  }

  @Test
  void aCommentClassAfterAServicesOrAScriptsShortPrefixNamesOneComment() {
    String service = "<div id=lf_comment_stream><div id=lf_comments>"
        + "<div class=\"lf_comment_container lf_level_1\" id=lf_comment_101><div class=lf_comment>"
        + "<div class=lf_comment_user><span class=lf_comment_user_nick>Montemalone</span></div>"
        + "<div class=lf_comment_body><p>This money will go straight to the people who loaded the company with debt.</p>"
        + "</div></div></div>"
        + "<div class=\"lf_comment_container lf_level_1\" id=lf_comment_102><div class=lf_comment>"
        + "<div class=lf_comment_user><span class=lf_comment_user_nick>Rita</span></div>"
        + "<div class=lf_comment_body><p>Nobody will be held to account, as usual.</p></div></div></div></div></div>";
    List<Comment> comments = extract(page("en", service)).comments();
    assertEquals(List.of(Optional.of("Montemalone"), Optional.of("Rita")), comments.stream().map(Comment::author).toList());
    assertEquals("Nobody will be held to account, as usual.", comments.get(1).text());
    // A word before "comment" is no service's prefix: a box for a new comment holds no reader's comment.
    String newComment = "<div class=comments><div class=new_comment><p>To join the discussion or post pictures you "
        + "must be logged in.</p></div></div>";
    assertEquals(List.of(), extract(page("en", newComment)).comments());
  }

  /** A site's rules for comments: a list that a sentence ending with a colon introduces. */
  private static final String RULES = "<p>Users must respect the other participants in the discussion.</p>"
      + "<p>A user comment will be deleted if it:</p>" + "<ul>"
      + "<li>does not correspond with the subject of the post;</li>"
      + "<li>promotes hatred or discrimination of any kind;</li>"
      + "<li>contains insults or threats to other users;</li>"
      + "<li>pursues commercial objectives or contains advertising.</li></ul>";

  @Test
  void aSitesRulesForCommentsAreNoComments() {
    // A box that its class names as the rules, whether or not a sentence introduces its list.
    String list = RULES.substring(RULES.indexOf("<ul>"));
    assertEquals(List.of(), extract(page("en", "<div class=\"modal comments-rules\">" + list + "</div>")).comments());
    assertEquals(List.of(), extract(page("en", "<div id=comments><h3>Community standards</h3>" + RULES + "</div>")).comments());
    // A list of signed comments after such a sentence is still a thread.
    String signed = "<div id=comments><p>Here is what our readers told us about the trade:</p><ul>"
        + "<li><cite class=fn>Dana</cite><p>The trade makes no sense to me.</p></li>"
        + "<li><cite class=fn>Lee</cite><p>It does if they sell in July.</p></li></ul></div>";
    assertEquals(2, extract(page("en", signed)).comments().size());
    // and so is a list of dated, unsigned ones
    String dated = "<div class=comments><h3>Comments</h3><p>Here is what our readers told us about the plan this week:</p><ul>"
        + "<li><p>I like the plan, but the bus lanes come too late for the families on the east side.</p>"
        + "<span class=date>3 May 2020</span></li>"
        + "<li><p>The cost is too high for a town of this size, and nobody has said who pays for the upkeep.</p>"
        + "<span class=date>4 May 2020</span></li></ul></div>";
    var comments = extract(page("en", dated)).comments();
    assertEquals(2, comments.size());
    assertEquals("2020-05-03", comments.get(0).published().orElseThrow().date().toString());
  }

  @Test
  void aListOfTheLatestCommentsInAnotherLanguageIsNoThread() {
    String latest = "<div class=comments><h2>Neueste Leser-Kommentare</h2><ul>"
        + "<li>Von <strong>Tory</strong> zu <a href=\"/2012/08/stadium-plan#comment-966\">Stadium plan</a>: Man sollte "
        + "die Pläne für das Stadion noch einmal prüfen... <span>mehr</span></li>"
        + "<li>Von <strong>Tin Tin</strong> zu <a href=\"/2012/08/school-closures#comment-962\">School closures</a>: "
        + "Niemand hat die Eltern gefragt, das ist... <span>mehr</span></li></ul></div>";
    assertEquals(List.of(), extract(page("de", latest)).comments());
    // A reader who opens with a link and a colon still wrote a comment.
    String reader = "<div class=comments><ul><li><cite class=fn>Jane</cite><p><a href=\"https://en.wikipedia.org/wiki/Stadium\">"
        + "Wikipedia</a>: the stadium was built in 1923 and renovated twice.</p></li></ul></div>";
    assertEquals(1, extract(page("en", reader)).comments().size());
  }

  @Test
  void anAuthorLineAndTheControlsInAnotherLanguageAreNotTheCommentsText() {
    String thread = "<div id=comments><ol class=commentlist>"
        + "<li class=comment><p>Betina sagt:</p><p>So cool geschrieben, als wäre ich in der ersten Reihe dabei gewesen.</p>"
        + "<p>Antworten</p></li>"
        + "<li class=comment><p>Julie a écrit :</p><p>Merci pour cet article, très utile.</p><p>Signaler</p></li>"
        + "<li class=comment><p><a href=\"https://kathrin.example/\">Kathrin Bierling</a> sagt:</p><p>Kriegste, Hase!</p>"
        + "</li></ol></div>";
    List<Comment> comments = extract(page("de", thread)).comments();
    assertEquals(List.of(Optional.of("Betina"), Optional.of("Julie"), Optional.of("Kathrin Bierling")),
        comments.stream().map(Comment::author).toList());
    assertEquals(List.of("So cool geschrieben, als wäre ich in der ersten Reihe dabei gewesen.",
        "Merci pour cet article, très utile.", "Kriegste, Hase!"), comments.stream().map(Comment::text).toList());
  }

  @Test
  void anAuthorLineUnderTheCommentsSubjectIsNotItsText() {
    String thread = "<div id=comments><ul class=commentlisting>"
        + "<li class=comment><div><h4>This is hardly surprising (Score:2)</h4><p>by ravenswood1000 (543817)</p></div>"
        + "<div class=commentBody><p>What we consider privacy has long been done away with.</p></div></li>"
        + "<li class=comment><div><h4>Re: hand code it (Score:1)</h4><p>by Anonymous Coward</p></div>"
        + "<div class=commentBody><p>Maybe, but do you have it if posted from a touchscreen?</p></div></li></ul></div>";
    List<Comment> comments = extract(page("en", thread)).comments();
    assertEquals(List.of(Optional.of("ravenswood1000"), Optional.of("Anonymous Coward")),
        comments.stream().map(Comment::author).toList());
    assertEquals("This is hardly surprising (Score:2)\nWhat we consider privacy has long been done away with.",
        comments.get(0).text());
    // A blog's "Posted by: NAME | DATE" line under a short comment, its name and date linked.
    String posted = "<div id=comments><div class=comment id=c1><div class=comment-content><p>Wicked cool!</p></div>"
        + "<p class=comment-footer>Posted by: <a href=\"https://jw.example/\">Jonathan Weinberg</a> | "
        + "<a href=\"#c1\">Sunday, October 28, 2012 at 09:48 PM</a></p></div></div>";
    assertEquals(List.of(new Comment(Optional.of("Jonathan Weinberg"), Optional.of(PageDateTime.parse("2012-10-28T21:48")),
        "Wicked cool!", 0)), extract(page("en", posted)).comments());
  }
}
