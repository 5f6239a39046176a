package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A bulleted or numbered list. Named {@code ListBlock} so it does not clash with {@link java.util.List}.
 *
 * @param ordered whether the list is numbered
 * @param items the items' texts in order; at least one, none blank
 * @param links the inline links inside the items
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListBlock(boolean ordered, List<String> items, List<Link> links) implements Block {
  /** Validates and copies the items. */
  public ListBlock {
    items = Checks.list(items, "ListBlock.items");
    if (items.isEmpty()) throw new IllegalArgumentException("ListBlock.items must not be empty");
    for (int i = 0; i < items.size(); i++) Checks.notBlank(items.get(i), "ListBlock.items[" + i + "]");
    links = Checks.list(links, "ListBlock.links");
  }

  /** A list without links. */
  public static ListBlock of(boolean ordered, List<String> items) {
    return new ListBlock(ordered, Checks.notNull(items, "ListBlock.items"), List.of());
  }

  /** The items, one per line. */
  @Override
  public String text() {
    return String.join("\n", items);
  }
}
