package dev.newskit.html.safety;

import dev.newskit.html.internal.Srcset;
import dev.newskit.html.internal.TextSanitizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A jsoup {@link Safelist} made from a {@link CleaningPolicy}, which also checks attribute values:
 * URLs through {@link UrlPolicy}, {@code dir} and {@code lang} against their grammars, numbers as
 * numbers. Read-only after construction, so one instance serves every thread.
 */
final class PolicySafelist extends Safelist {
  private static final Pattern LANG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern MIME = Pattern.compile("[a-zA-Z]+/[a-zA-Z0-9.+\\-]+");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
  private static final Set<String> NUMBER_ATTRIBUTES = Set.of("width", "height", "colspan", "rowspan", "span", "start", "value");

  private final UrlPolicy urls;

  PolicySafelist(CleaningPolicy policy) {
    addTags(policy.tags().toArray(new String[0]));
    for (Map.Entry<String, Set<String>> e : policy.attributes().entrySet()) {
      addAttributes(e.getKey(), e.getValue().toArray(new String[0]));
    }
    addAttributes(":all", "dir", "lang");
    preserveRelativeLinks(true); // URL attributes are resolved and checked in isSafeAttribute
    this.urls = new UrlPolicy(policy);
  }

  @Override
  public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
    String key = attr.getKey().toLowerCase(Locale.ROOT);
    if (key.startsWith("on") || !super.isSafeAttribute(tagName, el, attr)) return false;
    String value = attr.getValue();
    switch (key) {
      case "dir": {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("ltr") && !v.equals("rtl") && !v.equals("auto")) return false;
        attr.setValue(v);
        return true;
      }
      case "lang":
        return LANG.matcher(value.strip()).matches() && set(attr, value.strip());
      case "srcset":
        return cleanSrcset(attr, el.baseUri(), isImage(tagName));
      case "type":
        return tagName.equals("ol") ? value.matches("[1aAiI]") : MIME.matcher(value.strip()).matches();
      case "datetime":
        return value.length() <= 64 && value.matches("[0-9A-Za-z:.+\\-\\s]+");
      case "reversed":
        return set(attr, "");
      default:
        break;
    }
    if (URL_ATTRIBUTES.contains(key)) {
      Optional<String> clean = urls.clean(value, el.baseUri(), key.equals("href"), key.equals("src") && isImage(tagName));
      // An image address may come from a srcset candidate, which cannot end in a comma: keep them alike.
      if (clean.isPresent() && key.equals("src")) clean = clean.map(u -> u.replaceAll(",+$", "").replaceFirst("\\?$", "")).filter(u -> !u.isEmpty());
      return clean.isPresent() && set(attr, clean.get());
    }
    if (NUMBER_ATTRIBUTES.contains(key)) return NUMBER.matcher(value.strip()).matches() && set(attr, value.strip());
    return set(attr, TextSanitizer.clean(value).strip());
  }

  private static boolean isImage(String tagName) {
    return tagName.equals("img") || tagName.equals("source");
  }

  private boolean cleanSrcset(Attribute attr, String base, boolean image) {
    StringBuilder out = new StringBuilder();
    for (Srcset.Candidate c : Srcset.parse(attr.getValue())) {
      Optional<String> url = urls.clean(c.url(), base, false, image).map(u -> u.replaceAll(",+$", ""));
      // A srcset URL cannot end in a comma: the parser would read it as the end of the candidate.
      if (url.isEmpty() || url.get().isEmpty()) continue;
      String descriptor = c.descriptor().matches("\\d+(\\.\\d+)?[wx]") ? " " + c.descriptor() : "";
      if (out.length() > 0) out.append(", ");
      out.append(url.get()).append(descriptor);
    }
    return out.length() > 0 && set(attr, out.toString());
  }

  private static boolean set(Attribute attr, String value) {
    attr.setValue(value);
    return true;
  }
}
