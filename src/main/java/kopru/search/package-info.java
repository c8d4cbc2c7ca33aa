/**
 * Search: Turkish and Kazakh analysis, the Lucene index that follows the change log, query
 * parsing, ranking, snippets, facets, spelling and suggestions, the search page and JSON API.
 */
package kopru.search;
