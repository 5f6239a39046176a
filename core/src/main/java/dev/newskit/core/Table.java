package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data table in the body.
 *
 * @param caption the table's caption, when it has one
 * @param header the header cells; empty when the table has no header row
 * @param rows the body rows, each a list of cell texts; empty only when there is a header (a table needs a
 *     header or a row)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Table(Optional<String> caption, List<String> header, List<List<String>> rows)
    implements Block {
  /** Validates and deeply copies the cells. */
  public Table {
    caption = Checks.optionalText(caption, "Table.caption");
    header = Checks.list(header, "Table.header");
    List<List<String>> copy = new ArrayList<>();
    List<List<String>> given = Checks.list(rows, "Table.rows");
    for (int i = 0; i < given.size(); i++) copy.add(Checks.list(given.get(i), "Table.rows[" + i + "]"));
    rows = List.copyOf(copy);
    if (rows.isEmpty() && header.isEmpty()) {
      throw new IllegalArgumentException("Table must have a header or at least one row");
    }
  }

  /** The caption, header and rows, one line each, cells separated by tabs. */
  @Override
  public String text() {
    StringBuilder sb = new StringBuilder();
    caption.ifPresent(c -> sb.append(c).append('\n'));
    if (!header.isEmpty()) sb.append(String.join("\t", header)).append('\n');
    for (List<String> row : rows) sb.append(String.join("\t", row)).append('\n');
    return sb.toString().strip();
  }
}
