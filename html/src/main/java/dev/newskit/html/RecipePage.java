package dev.newskit.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The signs that a page is a recipe, which let a box named only "ingredients" or "preparation" be the recipe's part:
 * a recipe word in the class or id of the box, the body's container or a box around them, a schema.org {@code Recipe}
 * in the page's microdata or JSON-LD, or the microdata of a recipe's ingredients or instructions. Elsewhere the same
 * words name other things (getting ready for a storm or an exam, a shop's feature on a product).
 */
final class RecipePage {
  /** Whether the page's structured data declares a {@code Recipe}, read before pruning took its scripts out. */
  private final boolean declared;

  /** Whether the page's microdata names a recipe, its ingredients or its instructions; null until asked. */
  private @Nullable Boolean inMicrodata;

  /**
   * The signs of one page, {@code declared} telling whether its JSON-LD declares a {@code Recipe} ({@link
   * PageMetadata#declaresRecipe}); used by one extraction, not shared between threads.
   */
  RecipePage(boolean declared) {
    this.declared = declared;
  }

  /** Whether the page that holds {@code box} beside {@code container} says it is a recipe. */
  boolean holds(Element box, Element container) {
    if (declared || Vocabulary.namesRecipe(container)) return true;
    for (Element e = box; e != null; e = e.parent()) if (Vocabulary.namesRecipe(e)) return true;
    if (inMicrodata == null) {
      Document doc = box.ownerDocument();
      inMicrodata = doc != null && !doc.select(
          "[itemtype~=(?i)schema\\.org/Recipe$], [itemprop=recipeIngredient], [itemprop=recipeInstructions]").isEmpty();
    }
    return inMicrodata;
  }
}
