package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the body ends and what it is read from when the page has no paragraphs: a comment section's heading and
 * a copyright notice below the article end it; text written straight into a container between double line
 * breaks is found as the article; a link inside such text stays in its sentence.
 */
class BodyEndsTest {
  private static final String P1 = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said, and the harbour master ordered every ship to stay outside the breakwater.";
  private static final String P2 = "Ships waiting outside were told to anchor further out, and the ferry to Cyprus, "
      + "due on Saturday, was cancelled, leaving some three hundred passengers to find rooms in the city.";
  private static final String P3 = "Engineers expect to repair the cranes by Sunday, although the forecast, issued "
      + "overnight, warns of more wind and of waves as high as six metres along the northern coast.";

  private static String body(String html, ExtractionFocus focus) {
    Article a = ArticleExtractor.builder().focus(focus).build().extract("<html><body>" + html + "</body></html>");
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  private static String body(String html) {
    return body(html, ExtractionFocus.BALANCED);
  }

  private static String body(String html, String url) {
    Article a = ArticleExtractor.builder().build().extract("<html><body>" + html + "</body></html>", url);
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  @Test
  void aCommentSectionsHeadingEndsTheBody() {
    String page = "<div id=story><h1>Storm closes the port</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<h3>Reader views (3)</h3><p>What a marvellous opportunity for the port to fix the cranes for good.</p>"
        + "<p>Posted by Idealist on January 10, 2008 5:58 PM</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("marvellous"), body);
    assertFalse(body.contains("Posted by"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("marvellous"), "recall keeps the comments");
  }

  @Test
  void anInvitationToCommentEndsTheBody() {
    String page = "<div id=story><h1>Storm closes the port</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Do you have comments on this story?</p><p>Please post your comments using the link above, with the "
        + "story's title as the subject, and keep them under a hundred words.</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("comments"), body);
    String intro = "<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>The following are comments "
        + "from the readers. They do not represent the views of the Example Herald.</p><p>Comments stay open for a "
        + "week, and posters answer for what they write.</p></div>";
    assertFalse(body(intro).contains("Comments stay open"), body(intro));
  }

  @Test
  void aBoxOfReadersViewsInsideTheStoryIsLeftOutAndTheStoryGoesOn() {
    String box = "<table align=right width=200><tr><td><div class=box-head>Have your say</div>"
        + "<div><b>About time the harbour got cranes that can stand up to a winter storm</b></div>"
        + "<div>Mike, Haifa</div><div><a href=/forum>Send us your comments</a></div></td></tr></table>";
    String page = "<div id=story><h1>Storm closes the port</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + box
        + "<p>" + P3 + "</p><p>Port officials said the ferry would sail again as soon as the cranes were working, "
        + "and that the passengers would be carried free of charge.</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertTrue(body.contains("free of charge"), body);
    assertFalse(body.contains("About time"), body);
    assertFalse(body.contains("Mike, Haifa"), body);
    // The same heading as a line of the story's own container still ends the body: the comments follow it.
    String flat = "<div id=story><h1>Storm closes the port</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<h3>Have your say</h3><p>" + P3 + "</p><p>Port officials said the ferry would sail again as soon as the "
        + "cranes were working, and that the passengers would be carried free of charge.</p></div>";
    assertFalse(body(flat).contains("free of charge"), body(flat));
  }

  @Test
  void aBlogPostsTrackbacksEndTheBodyAsItsCommentsDo() {
    // A blog engine lists, under the post, the other blogs that linked to it: readers' responses, not the post.
    String typepad = "<div class=entry><h3 class=entry-header>Storm closes the port</h3><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h3>TrackBack</h3>"
        + "<p>TrackBack URL for this entry: http://www.example.net/services/trackback/6a00d8341c</p>"
        + "<p>Listed below are links to weblogs that reference Storm closes the port:</p>"
        + "<p>» Haifa again from Harbour Watch</p><p>The cranes broke once more, and the port is shut for the weekend. "
        + "[Read More]</p><p>Tracked on Jan 11, 2008 9:02:36 PM</p></div>";
    String body = body(typepad);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("TrackBack"), body);
    assertFalse(body.contains("Harbour Watch"), body);
    String wordpress = "<article><h1>Storm closes the port</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><h4>2 Trackbacks</h4><ol><li><a href='http://blog.example.org/haifa'>Haifa again</a> — the cranes broke "
        + "once more, and the port is shut for the weekend by the harbour master</li><li><a href='http://x.example.com/'>"
        + "Port news</a> — ferry passengers stranded in the city for three days and nights</li></ol></article>";
    assertFalse(body(wordpress).contains("stranded"), body(wordpress));
  }

  @Test
  void aCommentCountNearTheTopIsNoEnd() {
    String body = body("<div id=story><p>" + P1 + "</p><p>53 Comments</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
    assertTrue(body.contains("northern coast"), body);
  }

  @Test
  void aLinkedCommentCountUnderAPostIsNoEnd() {
    // A blog's page of posts: under each post a line of links, and a count of its comments linking to them.
    String page = "<div id=posts><h3>The storm</h3><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<p>Posted at 8:11 AM | <a href='http://example.org/2008/01/storm.html'>link</a> |</p>"
        + "<p><a href='http://example.org/blog.php?show=1178#c1178'>4 comments</a></p>"
        + "<h3>The repairs</h3><p>" + P3 + "</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    String heading = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><h3>4 comments</h3><p>" + P3 + "</p></div>");
    assertFalse(heading.contains("northern coast"), "a count standing as plain text opens the comments: " + heading);
    String linkedHeading = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><h3><a href='#comments'>12 Comments"
        + "</a></h3><p>" + P3 + "</p></div>", "http://example.org/2008/01/storm.html");
    assertFalse(linkedHeading.contains("northern coast"), "a comment section's heading linking to itself: " + linkedHeading);
  }

  @Test
  void aCopyrightNoticeBelowTheArticleEndsIt() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>© 2008 owned by or licensed to Example Newspapers Limited.</p>"
        + "<p>The Example Chronicle</p><p>The Example Guide to the northern towns</p></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Example Guide"), body);
  }

  @Test
  void aCopyrightLineHighUpIsNoEnd() {
    String body = body("<div id=story><p>" + P1 + "</p><p>© 2008 Example Photo Agency, used by permission.</p><p>"
        + P2 + "</p><p>" + P3 + "</p></div>");
    assertTrue(body.contains("northern coast"), body);
  }

  @Test
  void aWireStorysOwnNoticeClosesTheStoryAndStays() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast,"
        + " rewritten or redistributed.</p>"
        + "<p>The Example Chronicle</p><p>The Example Guide to the northern towns</p></div>");
    assertTrue(body.contains("Copyright 2008 The Associated Press"), body);
    assertFalse(body.contains("Example Guide"), "the footer still starts below it: " + body);
    String syndicated = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=notice><p><i>Copyright 2008 Courtesy of <a href=/n>Example Sports Network</a>.</i></p></div></div>");
    assertTrue(syndicated.contains("Courtesy of"), "a box of its own, its source linked, is no box of links: " + syndicated);
    String linked = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=notice><p>Copyright (c) <a href=/pa>Press Association</a> Ltd. 2008, All Rights Reserved.</p></div>"
        + "</div>");
    assertTrue(linked.contains("Press Association Ltd. 2008"), "the holder may come first and be linked: " + linked);
    String credit = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>© Reuters</p><p>" + P3 + "</p></div>");
    assertFalse(credit.contains("© Reuters"), "a picture's credit has no year and goes: " + credit);
    String own = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>(© 2008 by Example Media Ltd. All rights reserved.)</p></div>");
    assertFalse(own.contains("Example Media"), "the site's own notice still goes: " + own);
  }

  @Test
  void textBetweenDoubleLineBreaksIsFoundAsTheArticle() {
    String teasers = "<div class=box><p><a href=/a>Another story</a> A teaser of another story, with a comma.</p>"
        + "<p><a href=/b>One more story</a> Another teaser, with a comma, about other things.</p>"
        + "<p><a href=/c>And a third</a> A third teaser, also with a comma, about the weather.</p></div>";
    String page = teasers + "<div id=text><b>" + P1 + "</b><br><br>" + P2 + "<br><br>" + P3
        + "<br><br>Harbour officials said the port would reopen, <a href=/x>as planned</a>, on Monday at noon."
        + "<h3>Port notices</h3><p>Pilots will board at the outer anchorage until further notice.</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("teaser"), body);
    assertTrue(body.contains("would reopen, as planned, on Monday"), "the link stays in its sentence: " + body);
  }

  @Test
  void theDateLinesOfARelatedListGoWithTheirLinks() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div>Related to this story:</div><a href=/a>Cranes fail again</a><br><span>(31 Dec 07 | Ports )</span><br>"
        + "<a href=/b>Ferry cancelled</a><br><span>(30 Dec 07 | Travel )</span></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("31 Dec 07"), body);
  }

  @Test
  void plainListsOfLinesStayWithoutALabel() {
    List<String> lines = List.of("Kildonan Park", "Whittier Park", "Assiniboine Park");
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>Depots:</p><p>"
        + String.join("</p><p>", lines) + "</p></div>");
    for (String line : lines) assertTrue(body.contains(line), body);
  }

  @Test
  void aSkippedCommentSectionEndsTheBody() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div id=uplComment><h2>Talk back</h2><p>Name, email and a box for your words, 500 characters at most.</p></div>"
        + "<h2>Latest headlines</h2><p>Traffic lights blamed for a crash in the city centre on Monday.</p></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Talk back"), body);
    assertFalse(body.contains("Traffic lights"), "what follows the comments is page furniture: " + body);
  }

  @Test
  void aCamelCaseRelatedBoxGoesButAWrapperSoNamedStays() {
    String body = body("<div id=page><div class=documentContent__sharingContainer><div class=a><p>" + P1 + "</p><p>"
        + P2 + "</p></div></div><div class=b><p>" + P3 + "</p><p>" + P1.replace("Friday", "Monday") + "</p>"
        + "<div class=relatedArticleRow>Cranes fail again - 09 Nov, 2007 More wind ahead.</div></div></div>");
    assertTrue(body.contains("the ferry to Cyprus"), "a wrapper named in camelCase stays: " + body);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Cranes fail again"), body);
  }

  @Test
  void commentSectionHeadingsInSeveralFormsAndLanguages() {
    for (String t : List.of("Comments", "53 Comments", "Reader views (5)", "Have your say", "Kommentare:", "תגובות",
        "التعليقات", "Comentarios (12)", "No comments at the moment.", "Comments…", "Reader comments ...",
        "Comments 12", "(3) Reacties", "Comments (4):", "TrackBack", "Trackbacks (2)", "3 Pingbacks",
        "Trackbacks/Pingbacks")) {
      assertTrue(Vocabulary.isCommentSectionStart(t), t);
    }
    assertFalse(Vocabulary.isCommentSectionStart("Comments on the budget were sharp"));
    assertFalse(Vocabulary.isCommentSectionStart("Related stories"));
    for (String t : List.of("Do you have comments on this story?", "• Have a view on this story? Send us your feedback!",
        "Add your comments to this page here:", "The following are comments from the readers.",
        "– Leave a comment on this article", "Got thoughts on this item?", "Post your views about this report",
        "\u017Fhare your views on this story")) {
      assertTrue(Vocabulary.isCommentInvitation(t), t);
    }
    assertFalse(Vocabulary.isCommentInvitation("The minister had no comment on this story when asked on Friday."));
    for (String t : List.of("Have your say on this report: the consultation runs until 5 May at the town hall.",
        "Share your thoughts on this post-election budget with your MP, campaigners urged.",
        "Have your say about this story at the public meeting on Tuesday, the council said.",
        "Post comments to this page were removed by moderators after the trial began.",
        "Have any comments on this report been passed to the minister?",
        "The following are comments from readers of the survey, which closed in March.")) {
      assertFalse(Vocabulary.isCommentInvitation(t), t);
    }
  }

  @Test
  void aSentenceThatStartsLikeAnInvitationIsNoEnd() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>Have your say on this report: the "
        + "consultation runs until 5 May at the town hall.</p><p>" + P3 + "</p></div>");
    assertTrue(body.contains("northern coast"), body);
  }

  @Test
  void readersPostsSignedWithTheirNamesLoseToAShortStory() {
    String posts = "<div>"
        + "<span>The cranes were old anyway, and the port should have replaced them years ago, I am sure of it.</span>"
        + "<span>Harbour Fan</span><br><br>"
        + "<span>If I had to bet I would say the repairs take a week, and there is a rumour the ferry moves to Ashdod.</span>"
        + "<span>DockerDan</span><br><br>"
        + "<span>That would be a disaster for the shops, a real one, look at what happened the last time it closed.</span>"
        + "<span>seagull77</span><br><br>"
        + "<span>Yeah, the forecast is bad again, and how long the breakwater holds is the only question left.</span>"
        + "<span>DockerDan</span><br><br>"
        + "<span>I think the coast up north gets the worst of it as well, and the fishermen, as usual, pay the price.</span>"
        + "<span>seagull77</span><br><br>"
        + "<span>Closing the port would not be the right move, I don't think, although safety, of course, comes first.</span>"
        + "<span>Harbour Fan</span><br><br>"
        + "<span>News from this morning is that the first crane is already working again, so watch this space.</span>"
        + "<span>DockerDan</span><br><br></div>";
    String body = body("<div><b>" + P1 + "</b><br><br>" + P2 + "<br><br>" + P3 + "</div><div>What you think...</div>" + posts);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("watch this space"), body);
  }
}
