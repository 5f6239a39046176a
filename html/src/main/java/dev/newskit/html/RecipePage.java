package dev.newskit.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The signs that a page is a recipe, which let a box named only "ingredients" or "preparation" be the recipe's part:
 * a recipe word in the class or id of the box, the body's container or a box around them, a schema.org {@code Recipe}
 * in the page's microdata or JSON-LD, or the microdata of a recipe's ingredients or instructions. Elsewhere the same
 * words name other things (getting ready for a storm or an exam, a shop's feature on a product).
 */
final class RecipePage {
  /** A JSON-LD {@code @type} of {@code Recipe}, alone or in a list of types. */
  private static final Pattern RECIPE_TYPE = Pattern.compile("\"@type\"\\s*:\\s*(?:\\[[^\\]]*)?\"Recipe\"");

  /**
   * The page's JSON-LD scripts as they were before pruning: pruning takes every script out of the page, so they are
   * kept from the page's index rather than looked for in the pruned page.
   */
  private final List<Element> jsonLd;

  RecipePage(List<Element> jsonLd) {
    this.jsonLd = jsonLd;
  }

  /** The signs of {@code doc} as it is now, with its JSON-LD scripts still in it (a page that was not pruned). */
  static RecipePage of(Document doc) {
    return new RecipePage(doc.select("script[type~=(?i)ld\\+json]"));
  }

  /** Whether the page that holds {@code box} beside {@code container} says it is a recipe. */
  boolean holds(Element box, Element container) {
    if (Vocabulary.namesRecipe(container)) return true;
    for (Element e = box; e != null; e = e.parent()) if (Vocabulary.namesRecipe(e)) return true;
    Document doc = box.ownerDocument();
    if (doc != null && !doc.select(
        "[itemtype~=(?i)schema\\.org/Recipe$], [itemprop=recipeIngredient], [itemprop=recipeInstructions]").isEmpty()) {
      return true;
    }
    for (Element script : jsonLd) if (RECIPE_TYPE.matcher(script.data()).find()) return true;
    return false;
  }
}
