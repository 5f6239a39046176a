/**
 * A consumer application of newskit on the module path: it reads pages with newskit-html and has
 * newskit-i18n for Hebrew dates, naming neither's implementation.
 */
module dev.newskit.moduletests {
  requires dev.newskit.html;
  requires dev.newskit.i18n;

  // Only to list the installed date parsers in the tests; newskit-html finds them without it.
  uses dev.newskit.core.DateTextParser;

  exports dev.newskit.moduletests;
}
