package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps an {@link Article} to its JSON tree and back, field by field as the records' Jackson annotations
 * describe it (names, order, {@code NON_EMPTY} inclusion, the {@code type} of body blocks), so that
 * a Jackson 2 or 3 {@code ObjectMapper} configured as the README says writes the same bytes.
 */
final class ArticleTree {
  private static final Map<FieldSource, String> SOURCE_NAMES = jsonNames(FieldSource.class);
  private static final Map<TextDirection, String> DIRECTION_NAMES = jsonNames(TextDirection.class);

  private ArticleTree() {}

  static ObjectNode toTree(Article a) {
    ObjectNode o = JsonTrees.NODES.objectNode();
    a.url().ifPresent(u -> o.put("url", u.toString()));
    a.title().ifPresent(t -> o.put("title", t));
    a.subtitle().ifPresent(t -> o.put("subtitle", t));
    a.section().ifPresent(t -> o.put("section", t));
    array(o, "authors", a.authors(), ArticleTree::author);
    a.dateline().ifPresent(d -> {
      ObjectNode n = o.putObject("dateline");
      d.location().ifPresent(l -> n.put("location", l));
      n.put("text", d.text());
    });
    a.publishedTime().ifPresent(d -> o.put("published", d.toString()));
    a.modifiedTime().ifPresent(d -> o.put("modified", d.toString()));
    a.zone().ifPresent(z -> o.put("zone", z.getId()));
    a.language().ifPresent(l -> o.put("language", l.toLanguageTag()));
    a.direction().ifPresent(d -> o.put("direction", DIRECTION_NAMES.get(d)));
    a.pageLanguage().ifPresent(l -> o.put("pageLanguage", l.toLanguageTag()));
    a.siteName().ifPresent(t -> o.put("siteName", t));
    a.publisherLogo().ifPresent(u -> o.put("publisherLogo", u.toString()));
    a.description().ifPresent(t -> o.put("description", t));
    a.accessibleForFree().ifPresent(b -> o.put("accessibleForFree", b));
    strings(o, "tags", a.tags());
    array(o, "images", a.images(), ArticleTree::image);
    array(o, "body", a.body(), ArticleTree::block);
    o.put("text", a.text());
    o.put("wordCount", a.wordCount());
    array(o, "comments", a.comments(), ArticleTree::comment);
    if (!a.provenance().isEmpty()) {
      ObjectNode p = o.putObject("provenance");
      a.provenance().forEach((field, source) -> p.put(field, SOURCE_NAMES.get(source)));
    }
    return o;
  }


  private static ObjectNode author(Author a) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("name", a.name());
    a.url().ifPresent(u -> n.put("url", u.toString()));
    a.role().ifPresent(r -> n.put("role", r));
    return n;
  }

  private static ObjectNode comment(Comment c) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    c.author().ifPresent(t -> n.put("author", t));
    c.published().ifPresent(d -> n.put("published", d.toString()));
    n.put("text", c.text());
    n.put("depth", c.depth());
    return n;
  }

  private static ObjectNode image(Image i) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("url", i.url().toString());
    i.alt().ifPresent(t -> n.put("alt", t));
    i.caption().ifPresent(t -> n.put("caption", t));
    i.credit().ifPresent(t -> n.put("credit", t));
    i.width().ifPresent(w -> n.put("width", w));
    i.height().ifPresent(h -> n.put("height", h));
    return n;
  }

  private static ObjectNode link(Link l) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("text", l.text());
    n.put("url", l.url().toString());
    return n;
  }

  private static ObjectNode block(Block b) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    if (b instanceof Paragraph p) {
      n.put("type", "paragraph");
      n.put("text", p.text());
      array(n, "links", p.links(), ArticleTree::link);
    } else if (b instanceof Heading h) {
      n.put("type", "heading");
      n.put("level", h.level());
      n.put("text", h.text());
      array(n, "links", h.links(), ArticleTree::link);
    } else if (b instanceof Quote q) {
      n.put("type", "quote");
      n.put("text", q.text());
      q.attribution().ifPresent(t -> n.put("attribution", t));
      array(n, "links", q.links(), ArticleTree::link);
    } else if (b instanceof ListBlock l) {
      n.put("type", "list");
      n.put("ordered", l.ordered());
      strings(n, "items", l.items());
      array(n, "links", l.links(), ArticleTree::link);
    } else if (b instanceof Figure f) {
      n.put("type", "figure");
      n.set("image", image(f.image()));
    } else if (b instanceof Table t) {
      n.put("type", "table");
      t.caption().ifPresent(c -> n.put("caption", c));
      strings(n, "header", t.header());
      if (!t.rows().isEmpty()) {
        ArrayNode rows = n.putArray("rows");
        for (List<String> row : t.rows()) {
          ArrayNode cells = rows.addArray();
          row.forEach(cells::add);
        }
      }
    } else if (b instanceof Embed e) {
      n.put("type", "embed");
      n.put("provider", e.provider());
      n.put("url", e.url().toString());
      e.title().ifPresent(t -> n.put("title", t));
    }
    return n;
  }

  private static <T> void array(ObjectNode parent, String name, List<T> items, Function<T, ObjectNode> toNode) {
    if (items.isEmpty()) return;
    ArrayNode array = parent.putArray(name);
    for (T item : items) array.add(toNode.apply(item));
  }

  private static void strings(ObjectNode parent, String name, List<String> items) {
    if (items.isEmpty()) return;
    ArrayNode array = parent.putArray(name);
    items.forEach(array::add);
  }

  /** The JSON names of an enum's constants, from their {@link JsonProperty} annotations. */
  private static <E extends Enum<E>> Map<E, String> jsonNames(Class<E> type) {
    Map<E, String> names = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      try {
        names.put(constant, type.getField(constant.name()).getAnnotation(JsonProperty.class).value());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.copyOf(names);
  }

  // ---- reading ----

  /** Reads an article from a tree; errors are {@link StreamReadException}s that name the field. */
  static Article fromTree(JsonNode json) {
    return new TreeReader().article(json);
  }

  /**
   * A value the article format refuses. Its message names the field's path and nothing after it: the tree was read
   * whole before, so a parser location would only say "the end", and Jackson's "[No location information]" nothing.
   */
  private static final class ValueError extends StreamReadException {
    private static final long serialVersionUID = 1L;

    ValueError(String message, @Nullable Throwable cause) {
      super(null, message, cause);
    }

    @Override
    public String getMessage() {
      return getOriginalMessage();
    }
  }

  /** Reads values with the path of each field at hand, for error messages. */
  private static final class TreeReader {

    Article article(JsonNode o) {
      object(o, "article");
      try {
        return new Article(
            optional(o, "url", this::uri),
            text(o, "title"), text(o, "subtitle"), text(o, "section"),
            list(o, "authors", this::author),
            optional(o, "dateline", this::dateline),
            Optional.empty(),
            Optional.empty(),
            optional(o, "zone", this::zone),
            optional(o, "language", this::language),
            optional(o, "direction", (n, path) -> constant(n, path, DIRECTION_NAMES)),
            optional(o, "pageLanguage", this::language),
            text(o, "siteName"),
            optional(o, "publisherLogo", this::uri),
            text(o, "description"),
            optional(o, "accessibleForFree", this::bool),
            list(o, "tags", this::string),
            list(o, "images", this::image),
            list(o, "body", this::block),
            provenance(o.get("provenance")),
            optional(o, "published", this::pageDateTime),
            optional(o, "modified", this::pageDateTime),
            list(o, "comments", this::comment));
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage(), e);
      }
    }

    private Map<String, FieldSource> provenance(@Nullable JsonNode n) {
      if (absent(n)) return Map.of();
      object(n, "provenance");
      Map<String, FieldSource> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!absent(e.getValue())) map.put(e.getKey(), constant(e.getValue(), "provenance." + e.getKey(), SOURCE_NAMES));
      }
      return map;
    }

    private Author author(@Nullable JsonNode n, String path) {
      object(n, path);
      return guarded(path, () -> new Author(string(n.get("name"), path + ".name"), optional(n, path, "url", this::uri),
          optional(n, path, "role", this::string)));
    }

    private Comment comment(@Nullable JsonNode n, String path) {
      object(n, path);
      return guarded(path, () -> new Comment(optional(n, path, "author", this::string),
          optional(n, path, "published", this::pageDateTime), string(n.get("text"), path + ".text"),
          absent(n.get("depth")) ? 0 : integer(n.get("depth"), path + ".depth")));
    }

    private Dateline dateline(@Nullable JsonNode n, String path) {
      object(n, path);
      return guarded(path, () -> new Dateline(optional(n, path, "location", this::string), string(n.get("text"), path + ".text")));
    }

    private Image image(@Nullable JsonNode n, String path) {
      object(n, path);
      return guarded(path, () -> new Image(uri(n.get("url"), path + ".url"), optional(n, path, "alt", this::string),
          optional(n, path, "caption", this::string), optional(n, path, "credit", this::string),
          optionalInt(n, path, "width"), optionalInt(n, path, "height")));
    }

    private Link link(@Nullable JsonNode n, String path) {
      object(n, path);
      return guarded(path, () -> new Link(absent(n.get("text")) ? "" : string(n.get("text"), path + ".text"),
          linkUri(n.get("url"), path + ".url")));
    }

    private Block block(@Nullable JsonNode n, String path) {
      object(n, path);
      String type = string(n.get("type"), path + ".type");
      return guarded(path, () -> switch (type) {
        case "paragraph" -> new Paragraph(string(n.get("text"), path + ".text"), list(n, path, "links", this::link));
        case "heading" -> new Heading(integer(n.get("level"), path + ".level"), string(n.get("text"), path + ".text"),
            list(n, path, "links", this::link));
        case "quote" -> new Quote(string(n.get("text"), path + ".text"), optional(n, path, "attribution", this::string),
            list(n, path, "links", this::link));
        case "list" -> new ListBlock(bool(n.get("ordered"), path + ".ordered"), list(n, path, "items", this::string),
            list(n, path, "links", this::link));
        case "figure" -> new Figure(image(n.get("image"), path + ".image"));
        case "table" -> new Table(optional(n, path, "caption", this::string), list(n, path, "header", this::string),
            list(n, path, "rows", (row, p) -> items(row, p, this::string)));
        case "embed" -> new Embed(string(n.get("provider"), path + ".provider"), uri(n.get("url"), path + ".url"),
            optional(n, path, "title", this::string));
        default -> throw error("Unknown block type '" + type + "' at " + path
            + ": expected paragraph, heading, quote, list, figure, table or embed", null);
      });
    }

    private <T> T guarded(String path, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage() + " (at " + path + ")", e);
      }
    }

    private Optional<String> text(JsonNode o, String name) {
      return optional(o, name, this::string);
    }

    private <T> Optional<T> optional(JsonNode o, String name, Field<T> field) {
      return optional(o, "", name, field);
    }

    private <T> Optional<T> optional(JsonNode o, String path, String name, Field<T> field) {
      JsonNode n = o.get(name);
      return absent(n) ? Optional.empty() : Optional.of(field.read(n, path.isEmpty() ? name : path + "." + name));
    }

    private OptionalInt optionalInt(JsonNode o, String path, String name) {
      JsonNode n = o.get(name);
      return absent(n) ? OptionalInt.empty() : OptionalInt.of(integer(n, path + "." + name));
    }

    private <T> List<T> list(JsonNode o, String name, Field<T> item) {
      return list(o, "", name, item);
    }

    private <T> List<T> list(JsonNode o, String path, String name, Field<T> item) {
      JsonNode n = o.get(name);
      return absent(n) ? List.of() : items(n, path.isEmpty() ? name : path + "." + name, item);
    }

    private <T> List<T> items(@Nullable JsonNode n, String path, Field<T> item) {
      if (!n.isArray()) throw error("Expected an array at " + path + ", got " + n.getNodeType(), null);
      List<T> out = new ArrayList<>(n.size());
      for (int i = 0; i < n.size(); i++) out.add(item.read(n.get(i), path + "[" + i + "]"));
      return out;
    }

    private String string(@Nullable JsonNode n, String path) {
      if (absent(n)) throw error("Missing " + path, null);
      if (n.isString()) return n.stringValue();
      throw error("Expected a string at " + path + ", got " + n.getNodeType(), null);
    }

    private int integer(@Nullable JsonNode n, String path) {
      if (n != null && n.isIntegralNumber() && n.canConvertToInt()) return n.intValue();
      if (n != null && n.isString()) {
        try {
          return Integer.parseInt(n.stringValue().strip());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw error("Expected an integer at " + path + ", got " + (n == null ? "nothing" : n.getNodeType()), null);
    }

    private boolean bool(@Nullable JsonNode n, String path) {
      if (absent(n)) return false;
      if (n.isBoolean()) return n.booleanValue();
      throw error("Expected true or false at " + path + ", got " + n.getNodeType(), null);
    }

    private URI uri(@Nullable JsonNode n, String path) {
      String s = string(n, path);
      try {
        return URI.create(s.strip());
      } catch (IllegalArgumentException e) {
        throw error("Not a valid URI at " + path + ": " + s, e);
      }
    }

    private URI linkUri(@Nullable JsonNode n, String path) {
      return uri(n, path);
    }

    private PageDateTime pageDateTime(@Nullable JsonNode n, String path) {
      String s = string(n, path);
      try {
        return PageDateTime.parse(s);
      } catch (java.time.DateTimeException e) {
        throw error("Not an ISO-8601 date, local date-time or date-time with offset at " + path + ": '" + s + "'", e);
      }
    }

    private ZoneId zone(@Nullable JsonNode n, String path) {
      String s = string(n, path);
      try {
        return ZoneId.of(s.strip());
      } catch (java.time.DateTimeException e) {
        throw error("Not a time-zone id at " + path + ": '" + s + "'", e);
      }
    }

    private Locale language(@Nullable JsonNode n, String path) {
      String tag = string(n, path);
      Locale locale = Locale.forLanguageTag(tag.strip());
      if (locale.getLanguage().isEmpty()) throw error("Not a BCP-47 language tag at " + path + ": '" + tag + "'", null);
      return locale;
    }

    private <E> E constant(@Nullable JsonNode n, String path, Map<E, String> names) {
      String s = string(n, path);
      for (Map.Entry<E, String> e : names.entrySet()) {
        if (e.getValue().equals(s)) return e.getKey();
      }
      throw error("Unknown value '" + s + "' at " + path + ": expected one of " + new java.util.TreeSet<>(names.values()), null);
    }

    private void object(@Nullable JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        throw error("Expected an object at " + path + ", got " + (n == null ? "nothing" : n.getNodeType()), null);
      }
    }

    private static boolean absent(@Nullable JsonNode n) {
      return n == null || n.isNull() || n.isMissingNode();
    }

    private StreamReadException error(String message, @Nullable Throwable cause) {
      return new ValueError("Invalid article JSON: " + message, cause);
    }
  }

  @FunctionalInterface
  private interface Field<T> {
    T read(JsonNode node, String path);
  }
}
