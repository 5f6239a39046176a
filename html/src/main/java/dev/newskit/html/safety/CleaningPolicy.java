package dev.newskit.html.safety;

import dev.newskit.html.HtmlLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link HtmlCleaner} keeps: which elements and attributes, which link schemes, whether
 * tracking parameters go, what {@code rel} links get, the output form and the input limits. Immutable
 * and thread-safe; start from a preset and change it with {@link #toBuilder()}.
 *
 * <ul>
 *   <li>{@link #TEXT}: plain text, paragraphs separated by blank lines.</li>
 *   <li>{@link #BASIC}: paragraphs, headings, emphasis, links, lists, blockquotes, code.</li>
 *   <li>{@link #ARTICLE}: BASIC plus figures and captions, images and pictures, tables, {@code time},
 *       {@code cite}, {@code q}, {@code sub}/{@code sup}, {@code abbr} and other inline semantics.</li>
 * </ul>
 *
 * <p>In every policy {@code dir} and {@code lang} survive on every element (with valid values only),
 * so Hebrew and Arabic text keeps its direction; {@code style}, {@code class}, {@code id}, event
 * handlers and every element that can run script or load active content are removed.
 */
public final class CleaningPolicy {
  /** How the cleaned HTML is written. */
  public enum Output {
    /** On as few lines as the content allows; the default, and a fixed point of cleaning. */
    COMPACT,
    /** Indented, for people to read. */
    PRETTY,
    /** Plain text: block elements separated by blank lines, no markup. */
    TEXT
  }

  private static final List<String> BASIC_TAGS = List.of("div", "span", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "b",
      "strong", "i", "em", "u", "s", "mark", "small", "a", "ul", "ol", "li", "blockquote", "code", "pre", "hr",
      "dl", "dt", "dd");
  private static final List<String> ARTICLE_TAGS = List.of("figure", "figcaption", "img", "picture", "source",
      "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "time", "cite", "q",
      "sub", "sup", "abbr", "del", "ins", "kbd", "var", "samp", "dfn", "bdi", "bdo", "wbr");

  /** Tracking parameters removed from links and images by default. */
  public static final Set<String> DEFAULT_TRACKING_PARAMETERS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
      "utm_*", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
      "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "twclid",
      "ttclid", "s_cid", "ncid", "cmpid", "ref_src", "spm")));

  /** Plain text with paragraph breaks. */
  public static final CleaningPolicy TEXT = builder().output(Output.TEXT).build();
  /** Paragraphs, headings, emphasis, links, lists, blockquote. */
  public static final CleaningPolicy BASIC = builder().allowTags(BASIC_TAGS)
      .allowAttributes("a", "href", "title", "hreflang").allowAttributes("blockquote", "cite")
      .allowAttributes("ol", "start", "reversed", "type").allowAttributes("li", "value")
      .build();
  /** BASIC plus figures, images, pictures, tables, time, cite, q, sub/sup, abbr. */
  public static final CleaningPolicy ARTICLE = BASIC.toBuilder().allowTags(ARTICLE_TAGS)
      .allowAttributes("img", "src", "srcset", "sizes", "alt", "title", "width", "height")
      .allowAttributes("source", "srcset", "sizes", "media", "type")
      .allowAttributes("td", "colspan", "rowspan", "scope", "abbr")
      .allowAttributes("th", "colspan", "rowspan", "scope", "abbr")
      .allowAttributes("col", "span").allowAttributes("colgroup", "span")
      .allowAttributes("time", "datetime").allowAttributes("q", "cite")
      .allowAttributes("del", "cite", "datetime").allowAttributes("ins", "cite", "datetime")
      .allowAttributes("abbr", "title").allowAttributes("dfn", "title")
      .build();

  private final Set<String> tags;
  private final Map<String, Set<String>> attributes;
  private final boolean mailtoLinks;
  private final boolean relativeImages;
  private final boolean stripTrackingParameters;
  private final Set<String> trackingParameters;
  private final String linkRel;
  private final Output output;
  private final HtmlLimits limits;

  private CleaningPolicy(Builder b) {
    this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
    Map<String, Set<String>> attrs = new LinkedHashMap<>();
    b.attributes.forEach((k, v) -> attrs.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.attributes = Collections.unmodifiableMap(attrs);
    this.mailtoLinks = b.mailtoLinks;
    this.relativeImages = b.relativeImages;
    this.stripTrackingParameters = b.stripTrackingParameters;
    this.trackingParameters = Collections.unmodifiableSet(new LinkedHashSet<>(b.trackingParameters));
    this.linkRel = b.linkRel;
    this.output = b.output;
    this.limits = b.limits;
  }

  /** A builder for a policy that allows nothing yet (only text), with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The elements kept (lower case); others are unwrapped, their text kept, or dropped whole if they hold no content. */
  public Set<String> tags() {
    return tags;
  }

  /** The attributes kept per element, besides {@code dir} and {@code lang}, which every element keeps. */
  public Map<String, Set<String>> attributes() {
    return attributes;
  }

  /** Whether {@code mailto:} links survive (default true); only http(s) otherwise. */
  public boolean mailtoLinks() {
    return mailtoLinks;
  }

  /**
   * Whether, when there is no base URL, an image ({@code img} and {@code source}: {@code src},
   * {@code srcset}) keeps a relative address as the input gave it (default false: it is dropped, as other
   * relative URLs are, since a republished relative address points at the republisher's own site). With a
   * base URL it is resolved either way; a scheme other than http(s) is never kept.
   */
  public boolean relativeImages() {
    return relativeImages;
  }

  /** Whether the {@linkplain #trackingParameters() tracking parameters} are stripped from URLs (default true). */
  public boolean stripTrackingParameters() {
    return stripTrackingParameters;
  }

  /**
   * Whether tracking parameters are removed from URLs.
   *
   * @deprecated the name reads like an action; use {@link #stripTrackingParameters()}, which this returns
   */
  @Deprecated(since = "0.1.0")
  public boolean removeTrackingParameters() {
    return stripTrackingParameters();
  }

  /** The tracking parameter names removed; a trailing {@code *} matches a prefix. */
  public Set<String> trackingParameters() {
    return trackingParameters;
  }

  /** The {@code rel} every link gets, by default {@code noopener noreferrer nofollow}; empty for none. */
  public String linkRel() {
    return linkRel;
  }

  /** How the output is written. */
  public Output output() {
    return output;
  }

  /** The input limits. */
  public HtmlLimits limits() {
    return limits;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CleaningPolicy)) return false;
    CleaningPolicy p = (CleaningPolicy) o;
    return tags.equals(p.tags) && attributes.equals(p.attributes) && mailtoLinks == p.mailtoLinks
        && relativeImages == p.relativeImages && stripTrackingParameters == p.stripTrackingParameters && trackingParameters.equals(p.trackingParameters)
        && linkRel.equals(p.linkRel) && output == p.output && limits.equals(p.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tags, attributes, mailtoLinks, relativeImages, stripTrackingParameters, trackingParameters, linkRel, output, limits);
  }

  @Override
  public String toString() {
    return "CleaningPolicy[tags=" + tags + ", output=" + output + "]";
  }

  /** Builds a {@link CleaningPolicy}; not thread-safe, but what it builds is. */
  public static final class Builder {
    /** Elements that can run script, load active content or change how the page is parsed: never allowed. */
    private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "frame", "frameset", "object",
        "embed", "applet", "base", "meta", "link", "form", "input", "button", "select", "textarea", "option",
        "svg", "math", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "title", "html", "head",
        "body", "param", "portal", "slot", "dialog", "marquee", "isindex", "listing", "image", "video", "audio",
        "track", "canvas", "map", "area");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "class", "id", "name", "srcdoc",
        "formaction", "action", "xmlns", "is", "nonce", "autofocus", "tabindex", "contenteditable", "popover");

    private final Set<String> tags = new LinkedHashSet<>();
    private final Map<String, Set<String>> attributes = new LinkedHashMap<>();
    private boolean mailtoLinks = true;
    private boolean relativeImages;
    private boolean stripTrackingParameters = true;
    private final Set<String> trackingParameters = new LinkedHashSet<>(DEFAULT_TRACKING_PARAMETERS);
    private String linkRel = "noopener noreferrer nofollow";
    private Output output = Output.COMPACT;
    private HtmlLimits limits = HtmlLimits.defaults();

    private Builder() {}

    private Builder(CleaningPolicy p) {
      tags.addAll(p.tags);
      p.attributes.forEach((k, v) -> attributes.put(k, new LinkedHashSet<>(v)));
      mailtoLinks = p.mailtoLinks;
      relativeImages = p.relativeImages;
      stripTrackingParameters = p.stripTrackingParameters;
      trackingParameters.clear();
      trackingParameters.addAll(p.trackingParameters);
      linkRel = p.linkRel;
      output = p.output;
      limits = p.limits;
    }

    /**
     * Allows these elements.
     *
     * @throws IllegalArgumentException for an element that can run script or load active content
     *     ({@code script}, {@code iframe}, {@code svg}, {@code form}, …), which no policy may allow
     */
    public Builder allowTags(String... tags) {
      return allowTags(Arrays.asList(Objects.requireNonNull(tags, "tags")));
    }

    /** Allows these elements; see {@link #allowTags(String...)}. */
    public Builder allowTags(List<String> tags) {
      for (String t : Objects.requireNonNull(tags, "tags")) {
        String tag = Objects.requireNonNull(t, "tags[]").strip().toLowerCase(Locale.ROOT);
        if (FORBIDDEN.contains(tag)) throw new IllegalArgumentException("<" + tag + "> cannot be allowed: it can run script or load active content");
        this.tags.add(tag);
      }
      return this;
    }

    /** Stops allowing these elements. */
    public Builder removeTags(String... tags) {
      for (String t : Objects.requireNonNull(tags, "tags")) {
        String tag = Objects.requireNonNull(t, "tags[]").strip().toLowerCase(Locale.ROOT);
        this.tags.remove(tag);
        attributes.remove(tag);
      }
      return this;
    }

    /**
     * Allows these attributes on {@code tag}. URL attributes ({@code href}, {@code src}, {@code cite},
     * {@code srcset}) are always checked for a safe scheme.
     *
     * @throws IllegalArgumentException for event handlers ({@code on*}), {@code style} and the other
     *     attributes no policy may allow
     */
    public Builder allowAttributes(String tag, String... attributes) {
      String t = Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT);
      for (String a : Objects.requireNonNull(attributes, "attributes")) {
        String attr = Objects.requireNonNull(a, "attributes[]").strip().toLowerCase(Locale.ROOT);
        if (attr.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(attr)) {
          throw new IllegalArgumentException("attribute " + attr + " cannot be allowed: it can run script or restyle the page");
        }
        this.attributes.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(attr);
      }
      return this;
    }

    /** Whether {@code mailto:} links survive. */
    public Builder mailtoLinks(boolean mailtoLinks) {
      this.mailtoLinks = mailtoLinks;
      return this;
    }

    /** Whether images keep relative addresses when there is no base URL; see {@link CleaningPolicy#relativeImages()}. */
    public Builder relativeImages(boolean keep) {
      this.relativeImages = keep;
      return this;
    }

    /**
     * Whether the {@linkplain #trackingParameters(Set) tracking parameters} are stripped from URLs (on by
     * default); which names they are is set apart.
     */
    public Builder stripTrackingParameters(boolean strip) {
      this.stripTrackingParameters = strip;
      return this;
    }

    /**
     * Whether tracking parameters are removed from URLs.
     *
     * @deprecated reads like an action beside {@link #addTrackingParameters}, where it is a switch; use
     *     {@link #stripTrackingParameters(boolean)}, which this calls
     */
    @Deprecated(since = "0.1.0")
    public Builder removeTrackingParameters(boolean remove) {
      return stripTrackingParameters(remove);
    }

    /**
     * Sets the tracking parameter names stripped from URLs, in place of those set so far ({@link
     * CleaningPolicy#DEFAULT_TRACKING_PARAMETERS} to begin with); a trailing {@code *} matches a prefix, and
     * names are compared without case. To take a default name out, give the defaults without it:
     *
     * <pre>{@code
     * Set<String> names = new LinkedHashSet<>(CleaningPolicy.DEFAULT_TRACKING_PARAMETERS);
     * names.remove("ref_src");
     * CleaningPolicy policy = CleaningPolicy.ARTICLE.toBuilder().trackingParameters(names).build();
     * }</pre>
     */
    public Builder trackingParameters(Set<String> names) {
      List<String> normalised = new ArrayList<>(Objects.requireNonNull(names, "names").size());
      for (String n : names) normalised.add(Objects.requireNonNull(n, "names[]").strip().toLowerCase(Locale.ROOT));
      trackingParameters.clear();
      trackingParameters.addAll(normalised);
      return this;
    }

    /** Adds tracking parameter names to strip; a trailing {@code *} matches a prefix. */
    public Builder addTrackingParameters(String... names) {
      for (String n : Objects.requireNonNull(names, "names")) {
        trackingParameters.add(Objects.requireNonNull(n, "names[]").strip().toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** Sets the {@code rel} every link gets; empty for none. */
    public Builder linkRel(String rel) {
      this.linkRel = Objects.requireNonNull(rel, "rel").strip();
      return this;
    }

    /** Sets the output form. */
    public Builder output(Output output) {
      this.output = Objects.requireNonNull(output, "output");
      return this;
    }

    /** Sets the input limits. */
    public Builder limits(HtmlLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Builds the policy. */
    public CleaningPolicy build() {
      for (String tag : attributes.keySet()) {
        if (!tags.contains(tag)) throw new IllegalArgumentException("attributes given for <" + tag + ">, which is not allowed");
      }
      return new CleaningPolicy(this);
    }
  }
}
